# or does not catch errors other than missing attributes
{ a = throw "inner error"; }.a or "default"
