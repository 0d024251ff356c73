// Import files reach the backend in pieces; each piece must fit one call, browser mode's HTTP body included.

/** Largest piece of an import file sent in one call, in characters (at most ~800 KB as UTF-8 JSON). */
export const uploadChunkChars = 200_000
