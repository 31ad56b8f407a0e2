using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Loading;

/// <summary>
/// The catch-all of YAML files: one that is neither a Sigma rule nor an Atomic test is ignored, and said so (AKB1030)
/// so that no file vanishes without a word.
/// </summary>
public sealed class IgnoredYamlReader : SourceReader
{
    public override bool Accepts(ParsedFile file) => file.IsYaml;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag)
    {
        // A file of comments only has no node: still reported, unless reading it already said something.
        if (file.Yaml is not null || bag.Items.Count == 0)
            bag.Report(InputDiagnostics.UnknownYaml, file.Yaml?.Location ?? file.Document.WholeFile);
        return BoundValue.None;
    }
}
