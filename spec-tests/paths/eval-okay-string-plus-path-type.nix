# string + path gives a string (the path is copied to the store)
builtins.typeOf ("" + ../../fixtures/paths/data.txt)
