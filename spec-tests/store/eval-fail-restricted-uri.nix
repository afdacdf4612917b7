# restricted mode: fetching a URI that allowed-uris does not allow
builtins.fetchurl "https://example.com/file"
