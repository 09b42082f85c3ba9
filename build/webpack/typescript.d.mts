// Types of typescript.mjs, for the TypeScript tests that bundle browser pages with the same rule.
import type { ResolveOptions, RuleSetRule } from 'webpack';

export declare function typescriptRule(root: string, target: string, options?: { configFile?: string; sourceMap?: boolean; transformers?: { instance: string; get: () => object } }): RuleSetRule;
export declare const typescriptResolve: ResolveOptions;
