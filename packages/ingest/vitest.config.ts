import { defineConfig } from 'vitest/config';
import { packageTest, sourceResolve } from '../../vitest.shared.js';

export default defineConfig({ ...sourceResolve, test: packageTest });
