# paths inside an imported file are relative to that file
(import ../../fixtures/import/dir).inner
