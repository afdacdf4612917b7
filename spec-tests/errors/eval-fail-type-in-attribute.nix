# a type error inside an attribute value shows the attribute in the trace
{ a = { b = 1 + true; }; }
