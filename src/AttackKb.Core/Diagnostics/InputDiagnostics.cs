namespace AttackKb.Core.Diagnostics;

/// <summary>AKB1xxx — reading a file: bytes, encoding, size, front matter, YAML syntax and safety limits.</summary>
public static class InputDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.InputFile;

    public static readonly DiagnosticDescriptor Unreadable = new("AKB1001", "File cannot be read", Severity.Error, C,
        "cannot read the file: {0}",
        "The file exists but could not be opened or read (permissions, I/O error). Other files are still loaded.");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("AKB1002", "Invalid UTF-8", Severity.Error, C,
        "the file is not valid UTF-8: byte 0x{0:X2} at offset {1} cannot start or continue a character",
        "Notes must be UTF-8. Re-save the file as UTF-8; files exported from spreadsheets are often in a legacy code "
            + "page (0x84 is „ in cp1252).");
    public static readonly DiagnosticDescriptor Utf16 = new("AKB1003", "UTF-16 file", Severity.Error, C,
        "the file is UTF-16 ({0}); save it as UTF-8",
        "A UTF-16 byte-order mark was found. The knowledge base is read as UTF-8 only.");
    public static readonly DiagnosticDescriptor Binary = new("AKB1004", "Binary file", Severity.Error, C,
        "the file holds a NUL byte (<U+0000>) here, so it is taken for a binary file and not read",
        "A NUL byte never occurs in a text note. Delete it (an editor shows it as ^@ or <0x00>), or move binaries "
            + "out of the knowledge base or exclude them in attackkb.json.");
    public static readonly DiagnosticDescriptor Empty = new("AKB1005", "Empty note", Severity.Error, C,
        "empty note: the file {0}",
        "An empty file describes nothing and would vanish from every output without a word. Delete it or write "
            + "the note.");
    public static readonly DiagnosticDescriptor TooLarge = new("AKB1006", "File too large", Severity.Error, C,
        "the file is {0:N0} bytes, over the {1:N0}-byte limit; it is not read",
        "Very large files are refused to keep a lint run bounded. Split the file, or raise the limit in attackkb.json "
            + "(maxFileBytes).");
    public static readonly DiagnosticDescriptor FrontMatterUnclosed = new(
        "AKB1010", "Front matter not closed", Severity.Error, C,
        "the front matter opened here is never closed by a '---' line",
        "Front matter starts with a '---' line at the top of the file and ends at the next line that is exactly '---' "
            + "(or '...').");
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        "AKB1011", "Front matter is not a mapping", Severity.Error, C,
        "the front matter must be a YAML mapping of keys to values, but it is a {0}",
        "Write front matter as 'key: value' lines.");
    public static readonly DiagnosticDescriptor TextBeforeFrontMatter = new(
        "AKB1012", "Text before front matter", Severity.Warning, C,
        "a '---' block appears after other text; front matter must start on the first line, so it is read as markdown",
        "Move the front matter to the very top of the file (a UTF-8 byte-order mark is allowed before it).");
    public static readonly DiagnosticDescriptor SecondDocument = new("AKB1013",
        "Second YAML document in front matter", Severity.Error, C,
        "{0}; front matter is one YAML document, so what follows is not read as front matter",
        "A '---' or '...' line inside front matter starts or ends a YAML document. Keep every key in one block "
            + "between the first '---' line and the closing '---'.");
    public static readonly DiagnosticDescriptor YamlTag = new("AKB1014", "YAML tag", Severity.Error, C,
        "YAML tag '{0}' is not allowed; the tagged value is not read",
        "Tags ('!!python/object/apply:…', '!System.Diagnostics.Process', '!!binary', '!custom', even '!!str') ask "
            + "a YAML loader to build objects or convert values; some loaders run code for them. Notes and rules are "
            + "plain strings, lists and mappings: remove the tag and quote the value if needed.");
    public static readonly DiagnosticDescriptor YamlTab = new("AKB1015", "Tab indentation in YAML", Severity.Error, C,
        "a tab indents this line; YAML indents with spaces only, so the document is not read",
        "Replace the tabs at the start of the line with spaces (an editor's 'convert indentation to spaces').");
    public static readonly DiagnosticDescriptor YamlSyntax = new("AKB1020", "YAML syntax error", Severity.Error, C,
        "YAML syntax error: {0}",
        "The YAML could not be parsed. The message names the first problem; fix it and run again.");
    public static readonly DiagnosticDescriptor DuplicateKey = new("AKB1021", "Duplicate YAML key", Severity.Error, C,
        "duplicate key '{0}' (first written at line {1}); the first value is used",
        "A mapping key may appear once. YAML parsers disagree on which duplicate wins, so the file is ambiguous.");
    public static readonly DiagnosticDescriptor YamlAlias = new("AKB1022", "YAML alias limit", Severity.Error, C,
        "the value of '{0}' expands YAML aliases past the limit ({1} nodes); the document is not read",
        "Aliases can multiply a small file into billions of nodes ('billion laughs'). Notes do not need them; write "
            + "values out.");
    public static readonly DiagnosticDescriptor YamlTooDeep = new("AKB1023", "YAML nesting too deep", Severity.Error, C,
        "YAML nesting is deeper than {0} levels; the document is not read",
        "Deeply nested YAML is a denial-of-service vector and never needed in a note or rule.");
    public static readonly DiagnosticDescriptor YamlMultipleDocuments = new(
        "AKB1024", "Several YAML documents", Severity.Warning, C,
        "the file holds {0} YAML documents; only the first is read",
        "Sigma rule collections ('---' between rules) are not supported yet; put one rule per file.");
    public static readonly DiagnosticDescriptor YamlTooManyNodes = new("AKB1025", "YAML too large", Severity.Error, C,
        "the YAML has more than {0:N0} nodes; the document is not read",
        "Bounded to keep a run predictable on hostile input.");
    public static readonly DiagnosticDescriptor MarkdownTooDeep = new(
        "AKB1026", "Markdown nested too deep or too wide", Severity.Error, C,
        "the markdown here has {0} {1}, over the limit of {2}; the file is not read",
        "Block quotes and lists, or emphasis and link brackets, nested this deep (or a table line with hundreds of "
            + "cells) are never needed in a note and would exhaust the markdown parser. Simplify the text; other files "
            + "are still read.");

    public static readonly DiagnosticDescriptor UnknownYaml = new(
        "AKB1030", "YAML file of unknown kind", Severity.Info, C,
        "not a Sigma rule or an Atomic Red Team test file; ignored",
        "YAML files in the knowledge base are read as Sigma rules (title, logsource, detection) or Atomic tests "
            + "(attack_technique, atomic_tests). Exclude other YAML in attackkb.json.");
    public static readonly DiagnosticDescriptor InternalError = new(
        "AKB1099", "Internal error reading a file", Severity.Error, C,
        "internal error while reading this file ({0}); please report it. Other files were still read",
        "A bug in attackkb, not in your file. The run goes on without this file and exits with code 3.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        Unreadable, InvalidUtf8, Utf16, Binary, Empty, TooLarge,
        FrontMatterUnclosed, FrontMatterNotMapping, TextBeforeFrontMatter, SecondDocument, YamlTag, YamlTab,
        YamlSyntax, DuplicateKey, YamlAlias, YamlTooDeep, YamlMultipleDocuments, YamlTooManyNodes,
        MarkdownTooDeep,
        UnknownYaml, InternalError,
    ];
}
