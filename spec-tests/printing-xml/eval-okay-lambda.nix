# a plain lambda in XML
x: x
