# baseNameOf on strings: only one trailing slash is dropped, no normalisation
map builtins.baseNameOf [ "" "/" "//" "a" "a/" "a//" "/a" "/a/b" "/a/b/" "a/b//" "./." "." ".." "/a/./b/.." "foo.tar.gz" ]
