using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>Binds an Atomic Red Team test file.</summary>
public static class AtomicBinder
{
    public static TestProcedure Bind(SourceDocument doc, YamlMapping file, DiagnosticBag bag) =>
        new() { Path = doc.Path, Dialect = SourceDialect.Atomic }; // TODO: bind (stub)
}
