export declare const INPUT_SCHEMAS: string[];
export declare const LEAN_OPTIONS: Record<string, unknown>;
export declare function compileSchemas(): string;
