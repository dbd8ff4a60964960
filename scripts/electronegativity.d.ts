/** The part of @doyensec/electronegativity's programmatic API the security scan uses (it ships no types). */
declare module '@doyensec/electronegativity' {
  interface Level {
    name: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
    value: number;
  }
  export interface Issue {
    id: string;
    /** Relative to the input folder with isRelative, "N/A" for project-wide checks. */
    file: string;
    sample?: string;
    location?: { line: number; column: number };
    description: string;
    severity: Level;
    confidence: { name: string; value: number };
    manualReview: boolean;
  }
  export interface Options {
    input: string;
    output?: string;
    isSarif?: boolean;
    isRelative?: boolean;
    excludeFromScan?: string[];
  }
  export default function run(options: Options): Promise<{
    errors: Array<{ file: string; message: string; tolerable: boolean }>;
    issues: Issue[];
  }>;
}
