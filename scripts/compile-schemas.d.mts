export declare const INPUT_SCHEMAS: string[];
export declare const LEAN_OPTIONS: Record<string, unknown>;
export declare function compileSchemas(): string;
export declare function snapshotLexicons(): string;
export declare const CACHE_SCHEMAS: string[];
export declare function exportName(name: string): string;
