using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;

namespace AttackKb.Core.Tests.Text;

/// <summary>The one detector/escaper of invisible and look-alike characters, and every message's escaping.</summary>
public class UnsafeCharactersTests
{
    [Theory]
    [InlineData("T\u200B1553", 1, UnsafeKind.ZeroWidth)]
    [InlineData("T1553\u202E", 5, UnsafeKind.Bidi)]
    [InlineData("\u2066T1553", 0, UnsafeKind.Bidi)]
    [InlineData("T15\u000753", 3, UnsafeKind.Control)]
    [InlineData("\u04221553", 0, UnsafeKind.LookAlike)]   // Cyrillic Te
    [InlineData("T1553.\u03BF04", 6, UnsafeKind.LookAlike)] // Greek omicron
    [InlineData("T1553.00\uFF14", 8, UnsafeKind.LookAlike)] // full-width 4
    public void Identifiers_with_unsafe_characters_are_found(string value, int index, UnsafeKind kind)
    {
        var found = UnsafeCharacters.FindInIdentifier(value);
        Assert.Equal(new UnsafeCharacter(index, value[index], kind), found);
    }

    [Theory]
    [InlineData("Сергей Иванов")]                                   // a whole word in Cyrillic is a name
    [InlineData("Jamie Williams (U ω U), PANW Unit 42")]            // a lone Greek letter is not disguised
    [InlineData("Jannie Li, Microsoft Threat Intelligence\u202FCenter")] // narrow no-break space is visible spacing
    [InlineData("Process Doppelgänging")]
    public void Names_in_other_scripts_are_not_flagged(string name) => Assert.Null(UnsafeCharacters.FindInName(name));

    [Fact]
    public void A_look_alike_inside_a_latin_word_is_flagged_in_a_name() =>
        Assert.Equal(UnsafeKind.LookAlike, UnsafeCharacters.FindInName("Digital \u0421ertificates")?.Kind);

    [Fact]
    public void Escape_writes_invisible_characters_as_code_points_and_leaves_the_rest() =>
        Assert.Equal("a<U+202E>b<U+200B>c<U+0000>ä", UnsafeCharacters.Escape("a\u202Eb\u200Bc\0ä"));

    [Fact]
    public void Every_message_escapes_invisible_characters_in_its_arguments()
    {
        var d = Diagnostic.Create(NoteDiagnostics.UnknownKey, null, "na\u202Eme", "canonical", "");
        Assert.Contains("na<U+202E>me", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', d.Message);
    }
}
