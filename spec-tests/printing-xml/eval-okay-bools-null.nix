# booleans and null in XML
[ true false null ]
