# nested structure in XML
{ a = [ { b = null; } ]; }
