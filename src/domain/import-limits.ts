/** How many problems an import (register or DUO files) lists before it stops collecting, unless told otherwise. */
export const DEFAULT_MAX_IMPORT_PROBLEMS = 1000;
