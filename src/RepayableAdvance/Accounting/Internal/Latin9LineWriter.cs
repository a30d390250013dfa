using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;

namespace RepayableAdvance.Accounting.Internal;

/// <summary>
/// Writes lines of ISO 8859-15 (Latin-9) bytes to a stream, through one buffer that the writer owns: the FEC's kernel.
/// Each line is built in room the buffer reserves, from spans already encoded. Texts are cleaned of the separator and
/// of line breaks as they are encoded; a character outside Latin-9 becomes <c>?</c>. Constant texts (account labels,
/// journal labels, label words) are encoded once with <see cref="Encode(string)"/> and copied.
/// </summary>
internal sealed class Latin9LineWriter(Stream stream)
{
    /// <summary>The bytes where Latin-9 differs from Latin-1.</summary>
    private static readonly SearchValues<byte> Moved = SearchValues.Create([0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]);

    private byte[] _buffer = new byte[1 << 16];
    private int _at;

    /// <summary>A text's bytes, cleaned of the separator and line breaks.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        Encode(text, bytes);
        return bytes;
    }

    /// <summary>Texts' bytes, each cleaned and followed by a tab: fields of a line encoded once.</summary>
    public static byte[] Fields(params ReadOnlySpan<string> texts)
    {
        var length = 0;
        foreach (var text in texts)
        {
            length += text.Length + 1;
        }

        var bytes = new byte[length];
        var at = 0;
        foreach (var text in texts)
        {
            Encode(text, bytes.AsSpan(at, text.Length));
            at += text.Length;
            bytes[at++] = (byte)'\t';
        }

        return bytes;
    }

    /// <summary>Writes a text's bytes, cleaned, to a span as long as the text.</summary>
    public static void Encode(ReadOnlySpan<char> text, Span<byte> bytes)
    {
        // Printable ASCII, the common case, narrows in one vectorized pass.
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            Encoding.Latin1.GetBytes(text, bytes);
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] is '\t' or '\r' or '\n' ? (byte)' ' : Latin9(text[i]);
        }
    }

    /// <summary>One character's Latin-9 byte: the eight characters Latin-9 moved from Latin-1, <c>?</c> for those it dropped and those outside it.</summary>
    public static byte Latin9(char c) => c switch
    {
        '€' => 0xA4,
        'Š' => 0xA6,
        'š' => 0xA8,
        'Ž' => 0xB4,
        'ž' => 0xB8,
        'Œ' => 0xBC,
        'œ' => 0xBD,
        'Ÿ' => 0xBE,
        '¤' or '¦' or '¨' or '´' or '¸' or '¼' or '½' or '¾' => (byte)'?',
        _ when c <= 0xFF => (byte)c,
        _ => (byte)'?',
    };

    /// <summary>The text of Latin-9 bytes.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return bytes.IndexOfAny(Moved) < 0
            ? text
            : string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    span[i] = t[i] switch
                    {
                        '\xA4' => '€',
                        '\xA6' => 'Š',
                        '\xA8' => 'š',
                        '\xB4' => 'Ž',
                        '\xB8' => 'ž',
                        '\xBC' => 'Œ',
                        '\xBD' => 'œ',
                        '\xBE' => 'Ÿ',
                        var c => c,
                    };
                }
            });
    }

    /// <summary>Copies bytes to a line and moves past them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Put(Span<byte> line, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(line[at..]);
        at += bytes.Length;
    }

    /// <summary>A date as <c>yyyyMMdd</c>, in 8 bytes.</summary>
    public static void Date(Span<byte> span, LocalDate date)
    {
        Digits(span[..4], date.Year);
        Digits(span[4..6], date.Month);
        Digits(span[6..8], date.Day);
    }

    /// <summary>A non-negative number with at least <paramref name="width"/> digits (leading zeros); the count of bytes written (at most 20).</summary>
    public static int Number(Span<byte> span, long value, int width)
    {
        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        var length = Math.Max(digits, width);
        for (var i = length - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return length;
    }

    /// <summary>An amount with two decimals and a comma before them, as the FEC writes it; the count of bytes written (at most 32).</summary>
    public static int Amount(Span<byte> span, decimal amount)
    {
        // Cents read from the decimal's integer and scale, without decimal arithmetic, when it has at most two decimals.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var scale = amount.Scale;
        if (bits[2] == 0 && bits[1] == 0 && bits[0] >= 0 && scale <= 2 && amount >= 0m)
        {
            var units = (long)bits[0] * (scale == 0 ? 100 : scale == 1 ? 10 : 1);
            (units / 100).TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
            span[written++] = (byte)',';
            span[written++] = (byte)('0' + (units % 100 / 10));
            span[written++] = (byte)('0' + (units % 10));
            return written;
        }

        amount.TryFormat(span, out var length, "F2", CultureInfo.InvariantCulture);
        span[length - 3] = (byte)',';
        return length;
    }

    /// <summary>Room for a line of at most <paramref name="length"/> bytes, in the buffer; <see cref="Advance"/> then keeps what was written.</summary>
    public Span<byte> Reserve(int length)
    {
        if (_at + length > _buffer.Length)
        {
            Flush();
            if (length > _buffer.Length)
            {
                _buffer = new byte[length];
            }
        }

        return _buffer.AsSpan(_at, length);
    }

    /// <summary>Keeps the bytes written in the room reserved.</summary>
    public void Advance(int written) => _at += written;

    /// <summary>Writes bytes already encoded.</summary>
    public void Raw(ReadOnlySpan<byte> encoded)
    {
        encoded.CopyTo(Reserve(encoded.Length));
        _at += encoded.Length;
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _at);
        _at = 0;
    }

    private static void Digits(Span<byte> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
