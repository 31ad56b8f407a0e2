using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>Binds a SigmaHQ rule file.</summary>
public static class SigmaRuleBinder
{
    public static Detection Bind(SourceDocument doc, YamlMapping rule, DiagnosticBag bag) =>
        new() { Path = doc.Path, Dialect = SourceDialect.Sigma, Kind = DetectionKind.SigmaRule }; // TODO: bind (stub)
}
