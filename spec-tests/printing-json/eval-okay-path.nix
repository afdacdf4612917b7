# a path in JSON output is copied to the store and printed as its store path
../../fixtures/paths/data.txt
