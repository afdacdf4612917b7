# Copying an existing file whose name is not a valid store name: the store path is named in the error
"${../../fixtures/store/bad-name + "/has space.txt"}"
