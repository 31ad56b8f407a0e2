using System.Globalization;

namespace AttackKb.Core.Ids;

/// <summary>Why a URL that mentions ATT&amp;CK is not a link to ATT&amp;CK.</summary>
public enum DisguiseKind
{
    /// <summary>
    /// The host imitates attack.mitre.org (<c>attack.mitre.org.evil.example</c>, punycode homoglyphs).
    /// </summary>
    LookAlikeHost,
    /// <summary>
    /// The host is attack.mitre.org's, but the URL hides where it really goes (user info, port, path tricks).
    /// </summary>
    DisguisedUrl,
}

/// <summary>
/// A URL that looks like an ATT&amp;CK link and is not one; <paramref name="Detail"/> says why, in our words.
/// </summary>
public sealed record AttackUrlDisguise(DisguiseKind Kind, string Detail);

/// <summary>
/// Tells genuine attack.mitre.org URLs from look-alikes, on the raw text (a parsed <see cref="Uri"/> has already
/// resolved <c>..</c>, decoded <c>%2e</c> and dropped user info, which is exactly what a disguise relies on).
/// Genuine: http(s), host exactly attack.mitre.org (any case), no user info, no port other than the scheme's
/// default, a path without <c>.</c>/<c>..</c> segments, backslashes or percent-encoding.
/// </summary>
public static class AttackUrlShape
{
    public const string Host = "attack.mitre.org";

    /// <summary>
    /// Null when the URL is a genuine ATT&amp;CK URL or has nothing to do with ATT&amp;CK; else what disguises it.
    /// </summary>
    public static AttackUrlDisguise? Disguise(string? url)
    {
        if (url is null) return null;
        string u = url.Trim();
        int schemeEnd = u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : -1;
        if (schemeEnd < 0) return null;
        int authorityEnd = u.IndexOfAny(['/', '\\', '?', '#'], schemeEnd);
        string authority = u[schemeEnd..(authorityEnd < 0 ? u.Length : authorityEnd)];
        string path = authorityEnd < 0 ? "" : u[authorityEnd..];
        int at = authority.LastIndexOf('@');
        string userInfo = at < 0 ? "" : authority[..at];
        string hostPort = authority[(at + 1)..];
        int colon = hostPort.LastIndexOf(':');
        string host = (colon < 0 ? hostPort : hostPort[..colon]).ToLowerInvariant();
        string port = colon < 0 ? "" : hostPort[(colon + 1)..];

        bool genuineHost = host == Host;
        if (!genuineHost && !ImitatesAttack(host) && !ImitatesAttack(userInfo)) return null;
        if (at >= 0)
            return new(DisguiseKind.DisguisedUrl, $"its real host is '{host}' (what stands before '@' is a user name)");
        if (!genuineHost) return new(DisguiseKind.LookAlikeHost, host);
        if (port.Length > 0 && port != (schemeEnd == 8 ? "443" : "80"))
            return new(DisguiseKind.DisguisedUrl, $"it names port {port}, which ATT&CK does not serve");
        return PathDisguise(path);
    }

    private static AttackUrlDisguise? PathDisguise(string pathQueryFragment)
    {
        int end = pathQueryFragment.IndexOfAny(['?', '#']);
        string path = end < 0 ? pathQueryFragment : pathQueryFragment[..end];
        if (path.Contains('\\', StringComparison.Ordinal))
            return new(DisguiseKind.DisguisedUrl, "its path has a backslash, which browsers read as '/'");
        if (path.Contains('%', StringComparison.Ordinal))
            return new(DisguiseKind.DisguisedUrl, "its path hides characters in percent-encoding");
        foreach (string segment in path.Split('/'))
            if (segment is "." or "..")
                return new(DisguiseKind.DisguisedUrl,
                    "its path has '.' or '..' segments, so it opens another page than it names");
        return null;
    }

    /// <summary>
    /// True when a host (or user name) reads as attack.mitre.org to a human: once punycode is decoded, homoglyphs
    /// folded to Latin and punctuation dropped, it contains "attackmitre" (attack-mitre.org, attack.mitre.org.evil…).
    /// </summary>
    private static bool ImitatesAttack(string text)
    {
        if (text.Length == 0) return false;
        string unicode = text;
        if (text.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            try { unicode = new IdnMapping().GetUnicode(text); }
            catch (ArgumentException) { unicode = text; }
        }
        var skeleton = new System.Text.StringBuilder(unicode.Length);
        foreach (char c in unicode.Normalize(System.Text.NormalizationForm.FormKD))
        {
            char folded = FoldHomoglyph(char.ToLowerInvariant(c));
            if (char.IsAsciiLetterOrDigit(folded)) skeleton.Append(folded);
        }
        return skeleton.ToString().Contains("attackmitre", StringComparison.Ordinal);
    }

    /// <summary>Cyrillic and Greek letters that look like the Latin letters of "attack mitre".</summary>
    private static char FoldHomoglyph(char c) => c switch
    {
        'а' or 'α' => 'a', 'т' or 'τ' => 't', 'с' or 'ϲ' => 'c', 'к' or 'κ' => 'k', 'м' or 'μ' => 'm',
        'і' or 'ι' => 'i', 'г' => 'r', 'е' or 'ε' => 'e', 'о' or 'ο' => 'o', 'р' or 'ρ' => 'p',
        _ => c,
    };
}
