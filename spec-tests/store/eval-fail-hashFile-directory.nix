# hashFile on a directory
builtins.hashFile "md5" ./.
