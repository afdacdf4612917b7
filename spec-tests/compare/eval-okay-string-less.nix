# strings are ordered lexicographically by bytes
[ ("a" < "b") ("abc" < "abd") ("ab" < "abc") ("" < "a") ("B" < "a") ("a" < "B") ]
