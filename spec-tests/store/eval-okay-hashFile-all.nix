# hashFile with every algorithm on a text and a binary file
map (a: [ (builtins.hashFile a ../../fixtures/store/data.txt) (builtins.hashFile a ../../fixtures/store/binary.bin) ]) [ "md5" "sha1" "sha256" "sha512" ]
