using AttackKb.Core.Diagnostics;

namespace AttackKb.Notes.Loading;

/// <summary>
/// What reading a file can report: bytes, front matter and YAML (AKB1xxx), the dialects' fields (AKB2001–2006),
/// unclosed citations and fences (AKB4003/4004), detection and test shapes (AKB6001–6305).
/// </summary>
public sealed class ReadingDiagnosticSource : IDiagnosticSource
{
    public static ReadingDiagnosticSource Instance { get; } = new();

    public string Name => "reading";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        InputDiagnostics.Unreadable,
        InputDiagnostics.InvalidUtf8,
        InputDiagnostics.Utf16,
        InputDiagnostics.Binary,
        InputDiagnostics.Empty,
        InputDiagnostics.TooLarge,
        InputDiagnostics.FrontMatterUnclosed,
        InputDiagnostics.FrontMatterNotMapping,
        InputDiagnostics.TextBeforeFrontMatter,
        InputDiagnostics.SecondDocument,
        InputDiagnostics.YamlTag,
        InputDiagnostics.YamlTab,
        InputDiagnostics.YamlSyntax,
        InputDiagnostics.DuplicateKey,
        InputDiagnostics.YamlAlias,
        InputDiagnostics.YamlTooDeep,
        InputDiagnostics.YamlMultipleDocuments,
        InputDiagnostics.YamlTooManyNodes,
        InputDiagnostics.MarkdownTooDeep,
        InputDiagnostics.UnknownYaml,
        InputDiagnostics.InternalError,
        NoteDiagnostics.MissingKey,
        NoteDiagnostics.WrongShape,
        NoteDiagnostics.UnknownKey,
        NoteDiagnostics.NoIdentity,
        NoteDiagnostics.UnreadableQuery,
        NoteDiagnostics.EmptyValue,
        NoteDiagnostics.TextOutsideReferences,
        LinkDiagnostics.CitationUnterminated,
        LinkDiagnostics.FenceUnterminated,
        .. DetectionDiagnostics.All,
    ];
}
