# A path ending in .drv is refused before anything checks that it exists
"${./missing.drv}"
