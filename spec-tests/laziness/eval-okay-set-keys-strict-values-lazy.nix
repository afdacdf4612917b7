# ? does not force attribute values
{ a = throw "x"; } ? a
