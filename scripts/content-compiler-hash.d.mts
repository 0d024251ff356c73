export declare const contentCompilerSources: string[]
export declare function contentCompilerHash(root: string): string
