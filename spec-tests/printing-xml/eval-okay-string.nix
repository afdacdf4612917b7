# strings in XML, with characters that need escaping
[ "plain" "<tag> & \"quoted\" 'single'" "line\nbreak" ]
