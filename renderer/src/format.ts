export { formatDateVi, formatNumberVi, formatPercentVi } from '../../electron/domain/vietnamese';
