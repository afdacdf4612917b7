# --strict printing forces list elements
[ 1 (throw "element") ]
