import type { Fact } from '../types';
export const FACTS: Fact[] = [];
