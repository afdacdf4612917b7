# toXML forces everything
builtins.toXML { a = throw "deep"; }
