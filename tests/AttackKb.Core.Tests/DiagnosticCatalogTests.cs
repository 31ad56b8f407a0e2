using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Tests;

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
