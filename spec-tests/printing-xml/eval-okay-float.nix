# floats in XML
[ 0.1 1.0 1.5e3 ]
