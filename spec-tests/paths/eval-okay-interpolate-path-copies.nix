# interpolating a path into a string copies it to the store
"${../../fixtures/paths/data.txt}"
