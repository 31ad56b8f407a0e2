namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB2xxx — note fields and dialect binding: front matter keys and shapes, sections, identity as written.
/// </summary>
public static class NoteDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.NoteSchema;

    public static readonly DiagnosticDescriptor MissingKey = new("AKB2001", "Required key missing", Severity.Error, C,
        "required front matter key '{0}' is missing for a {1} note",
        "Dialect A needs 'id' and 'mitre_attack_url'; dialect B needs 'url'; canonical notes need 'mitre_attack_url' "
            + "(or 'id' for custom techniques); detection notes need 'id' and 'techniques'.");
    public static readonly DiagnosticDescriptor WrongShape = new(
        "AKB2002", "Value of the wrong shape", Severity.Error, C,
        "'{0}' must be {1}, but it is a {2}; the value is ignored",
        "Front matter values are strings or lists of strings; a mapping where a list is expected (or the reverse) "
            + "cannot be read.");
    public static readonly DiagnosticDescriptor UnknownKey = new("AKB2003", "Unknown key", Severity.Warning, C,
        "'{0}' is not a {1} key; it is kept but not used{2}",
        "Check the spelling against the dialect's documented keys (data/README.md, DIALECTS.md). An unknown key "
            + "is often a typo of a known one, whose value is then silently missing; the message names the known key "
            + "when one is close.");
    public static readonly DiagnosticDescriptor NoIdentity = new(
        "AKB2004", "Note states no ATT&CK ID", Severity.Warning, C,
        "the note states no ATT&CK technique ID (no attack.mitre.org URL, ID file name or ID tag)",
        "A technique note is identified by its ATT&CK ID (never its name). Add mitre_attack_url, or name the file "
            + "after the ID.");
    public static readonly DiagnosticDescriptor UnreadableQuery = new(
        "AKB2005", "Query block not understood", Severity.Warning, C,
        "this {0} block names no tag AttackKb can follow; it links to nothing",
        "Dialect-B blocks are understood as relationship hints: dataview 'FROM \"folder\" AND #tag' and query 'tag: x' "
            + "lines. Nothing is executed.");

    public static readonly DiagnosticDescriptor EmptyValue = new("AKB2006", "Empty value", Severity.Warning, C,
        "{0} has no value ({1}); it is ignored",
        "YAML reads an empty value, '~' and 'null' as nothing. Write the value, or delete the key or the list item.");
    public static readonly DiagnosticDescriptor InvalidDate = new("AKB2007", "Invalid date", Severity.Error, C,
        "'{0}' is not a valid date for '{1}' (expected YYYY-MM-DD, YYYY/MM/DD or an ISO 8601 timestamp)",
        "Dates are exported to STIX and compared; a date that does not exist (2021-13-45) cannot be either.");
    public static readonly DiagnosticDescriptor DatesOutOfOrder = new("AKB2008",
        "Modified before created", Severity.Warning, C,
        "'{0}' ({1}) is before '{2}' ({3})",
        "A note or rule cannot have been modified before it was created; one of the two dates is wrong.");
    public static readonly DiagnosticDescriptor VersionNotNumeric = new("AKB2009",
        "Version is not a number", Severity.Error, C,
        "version '{0}' is not a version number such as 1.2 or 2.10",
        "ATT&CK versions are MAJOR.MINOR numbers; the diff and STIX export compare them as numbers.");
    public static readonly DiagnosticDescriptor InvisibleCharacter = new("AKB2010",
        "Invisible or control character", Severity.Error, C,
        "'{0}' contains {1}, {2}, at character {3}; it is read as written, not as it looks",
        "Bidi overrides (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees (\"Trojan Source\"); zero-width "
            + "characters (U+200B–U+200D, U+2060, U+FEFF) and control characters are invisible but make an ID, name "
            + "or URL differ from the one it looks like. Delete the character; reports show it as <U+XXXX>, never "
            + "raw.");
    public static readonly DiagnosticDescriptor LookAlikeCharacter = new("AKB2011",
        "Look-alike character", Severity.Error, C,
        "'{0}' contains {1}, {2}, at character {3}; it is read as written, not as it looks",
        "A Cyrillic, Greek or full-width letter among Latin letters or digits (Cyrillic 'Т' in 'T1553') makes an "
            + "ID, name or URL look like another one. Retype it in Latin letters.");
    public static readonly DiagnosticDescriptor TextOutsideReferences = new("AKB2012",
        "Text in the references that is no reference", Severity.Warning, C,
        "this text in '{0}' is not a list item, so it is part of no reference: the site and the STIX export leave it "
            + "out",
        "The references section is read as a list, one reference per line ('- [Name](url): description'). A "
            + "paragraph, or a reference wrapped onto a second line, belongs to none. Make it a list item of its own, "
            + "join the wrapped line to its item, or move the text to another section.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [
            MissingKey, WrongShape, UnknownKey, NoIdentity, UnreadableQuery,
            EmptyValue, InvalidDate, DatesOutOfOrder, VersionNotNumeric, InvisibleCharacter, LookAlikeCharacter,
            TextOutsideReferences,
        ];
}
