using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>Where a page of conjunctions ends: the last event's TCA and id (the listing's order). Sent to clients as an
/// opaque base64url token (<see cref="Encode"/>), the <c>after</c> parameter of the next page.</summary>
/// <param name="Tca">The last event's time of closest approach.</param>
/// <param name="Id">The last event's id (ties of TCA are ordered by id).</param>
public readonly record struct ConjunctionCursor(Epoch Tca, Guid Id)
{
    /// <summary>The opaque token.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Tca.TaiNanosecondsSince2000}.{Id:N}")));

    /// <summary>Reads a token made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string? token, out ConjunctionCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }

        string text = Encoding.ASCII.GetString(bytes);
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long nanoseconds)
            || !Guid.TryParseExact(text.AsSpan(dot + 1), "N", out Guid id))
        {
            return false;
        }

        cursor = new ConjunctionCursor(Epoch.FromTaiNanosecondsSince2000(nanoseconds), id);
        return true;
    }
}
