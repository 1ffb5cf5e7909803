<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that PySide6's qtbase_fr.qm lacks (Qt 6.11 renamed them with an
     accelerator: "&Look in:", "Files of &type:"; qtbase_fr still has "Look in:"), loaded
     after qtbase_fr in French (backoffice/ui/language.py). Written by hand; a test opens
     Qt's file dialog in French and finds no English. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
