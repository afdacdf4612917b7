# lists in XML
[ 1 [ 2 3 ] [ ] ]
