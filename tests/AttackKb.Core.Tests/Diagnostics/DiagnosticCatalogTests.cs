using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Codes_are_unique_well_formed_and_in_their_stage_range()
    {
        var all = DiagnosticCatalog.All;
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var d in all)
        {
            Assert.Matches(new Regex("^AKB[1-9][0-9]{3}$"), d.Id);
            Assert.Equal((int)d.Category + 1, d.Id[3] - '0');
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Help), d.Id);
            Assert.NotEqual(Severity.None, d.DefaultSeverity);
        }
    }
}

public class DiagnosticArgumentsTests
{
    [Fact]
    public void A_diagnostic_keeps_its_arguments_as_the_message_shows_them_escaped_and_invariant()
    {
        Diagnostic size, key;
        using (new CultureScope("tr-TR"))
        {
            size = Diagnostic.Create(InputDiagnostics.TooLarge, null, 4194305L, 1.5);
            key = Diagnostic.Create(NoteDiagnostics.UnknownKey, null, "n\u202Eame", "canonical", "");
        }
        Assert.Equal(["4194305", "1.5"], size.Arguments);
        Assert.Equal("n<U+202E>ame", key.Arguments[0]);
        Assert.Contains(key.Arguments[0], key.Message);
        Assert.Equal(size, size with { Arguments = [] });
    }
}
