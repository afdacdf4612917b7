# an integer in XML
42
