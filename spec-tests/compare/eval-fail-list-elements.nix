# list ordering fails when elements are incomparable
[ 1 ] < [ "a" ]
