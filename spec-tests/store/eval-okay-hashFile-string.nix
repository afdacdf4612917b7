# hashFile accepts a string path
builtins.hashFile "md5" (toString ../../fixtures/store/data.txt)
