using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Detections;

/// <summary>Real detections nobody here wrote: the 54 SigmaHQ certificate rules and 9 Atomic Red Team files load completely.</summary>
public class CorpusDetectionTests
{
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void All_54_sigma_rules_load_with_the_fields_of_the_manifest()
    {
        var kb = KnowledgeBaseLoader.Load(Corpus.SigmaRules, KbConfig.Default, release: null);
        Assert.DoesNotContain(kb.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(54, kb.Detections.Count);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Corpus.Path("sigma", "rules-certificates.manifest.json")));
        var entries = manifest.RootElement.ValueKind == JsonValueKind.Array ? manifest.RootElement : manifest.RootElement.GetProperty("rules");
        int checkedRules = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            string path = entry.GetProperty("path").GetString()!;
            var rule = Assert.Single(kb.Detections, d => path.EndsWith(d.Path, StringComparison.Ordinal));
            Assert.Equal(entry.GetProperty("id").GetString(), rule.Id?.Value);
            Assert.Equal(entry.GetProperty("title").GetString(), rule.Title?.Value);
            Assert.Equal(entry.GetProperty("level").GetString(), rule.Level?.Value);
            Assert.Equal(entry.GetProperty("status").GetString(), rule.Status?.Value);
            Assert.False(string.IsNullOrWhiteSpace(rule.Author?.Value), $"{path}: author must be kept (DRL 1.1)");
            Assert.False(string.IsNullOrWhiteSpace(rule.Logic?.Value), $"{path}: detection logic kept verbatim");
            Assert.Equal(SourceDialect.Sigma, rule.Dialect);
            var tags = entry.GetProperty("all_tags").EnumerateArray().Select(t => t.GetString()!).ToArray();
            Assert.Equal(tags, rule.Tags.Select(t => t.Value));
            var techniques = tags.Where(t => t.StartsWith("attack.t", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(t["attack.t".Length]))
                .Select(t => "T" + t["attack.t".Length..]).Distinct().ToArray();
            Assert.Equal(techniques, rule.TechniqueIds.Select(t => t.Value));
            Assert.All(rule.TechniqueIds, t => Assert.Equal(rule.Path, t.Location.Path));
            checkedRules++;
        }
        Assert.Equal(54, checkedRules);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Sigma_detection_block_is_the_text_as_written()
    {
        var kb = KnowledgeBaseLoader.Load(Corpus.SigmaRules, KbConfig.Default, release: null);
        foreach (var rule in kb.Detections)
        {
            // The lines after "detection:" up to the next top-level key, exactly; located at the first of them.
            string[] lines = rule.RuleText!.Split('\n');
            int key = Array.FindIndex(lines, l => l.StartsWith("detection:", StringComparison.Ordinal));
            int next = Array.FindIndex(lines, key + 1, l => l.Length > 0 && l[0] != ' ' && l[0] != '#');
            string expected = string.Join('\n', lines[(key + 1)..(next < 0 ? lines.Length : next)]).TrimEnd('\n', ' ');
            Assert.Equal(expected, rule.Logic!.Value.Value);
            Assert.Equal(key + 2, rule.Logic.Value.Location.Line);
            Assert.Contains("condition:", rule.Logic.Value.Value, StringComparison.Ordinal);
        }
    }

    [Trait("Category", "Corpus")]
    [CorpusTheory]
    [InlineData("T1553.004", 7)]
    [InlineData("T1649", 1)]
    [InlineData("T1552.004", 14)]
    [InlineData("T1573", 1)]
    [InlineData("T1557.001", 1)]
    [InlineData("T1553.006", 1)]
    [InlineData("T1098.001", 3)]
    [InlineData("T1555.001", 4)]
    [InlineData("T1606.002", 1)]
    public void Atomic_files_load_with_their_tests(string technique, int tests)
    {
        var kb = KnowledgeBaseLoader.Load(Corpus.Atomics, KbConfig.Default, release: null);
        Assert.DoesNotContain(kb.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(9, kb.Tests.Count);
        var file = Assert.Single(kb.Tests, t => t.TechniqueId?.Value == technique);
        Assert.Equal(tests, file.Tests.Count);
        Assert.All(file.Tests, t => Assert.Matches("^[0-9a-f-]{36}$", t.Guid?.Value ?? ""));
        Assert.All(file.Tests, t => Assert.NotNull(t.Executor));
        Assert.Same(file, Assert.Single(kb.Links.TestsFor(technique)));
    }
}
