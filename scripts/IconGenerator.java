import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (assets/icon-N.png): a decision boundary, the app's orange/blue palette (plot/Palette.java)
 * split by a wave-shaped P = 0.5 contour, with points of both classes. Each size is drawn at its own resolution, not
 * scaled down. Also writes the same images as assets/icon.ico (Windows installers) and assets/icon.icns (macOS),
 * both as PNG entries. Run once when the design changes: {@code java scripts/IconGenerator.java assets}.
 */
public final class IconGenerator {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final Color ORANGE = new Color(0xE69F00);
    private static final Color BLUE = new Color(0x0072B2);
    private static final Color TINT0 = new Color(0xF3C56B);
    private static final Color TINT1 = new Color(0x6FA8D6);
    private static final Color MIDDLE = new Color(0xF7F7F2);

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "assets");
        List<byte[]> pngs = new ArrayList<>();
        for (int size : SIZES) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", png);
            pngs.add(png.toByteArray());
            try (FileOutputStream out = new FileOutputStream(new File(dir, "icon-" + size + ".png"))) {
                out.write(png.toByteArray());
            }
        }
        writeIco(new File(dir, "icon.ico"), pngs);
        writeIcns(new File(dir, "icon.icns"), pngs);
    }

    /** ICO with PNG entries (Windows Vista and later read them): header, directory, images. */
    private static void writeIco(File file, List<byte[]> pngs) throws IOException {
        int count = pngs.size();
        int offset = 6 + 16 * count;
        ByteBuffer b = ByteBuffer.allocate(offset + pngs.stream().mapToInt(p -> p.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int i = 0; i < count; i++) {
            int size = SIZES[i];
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(b.array());
        }
    }

    /** ICNS with the PNG entry types of the sizes macOS knows (16, 32, 64, 128, 256). */
    private static void writeIcns(File file, List<byte[]> pngs) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (int i = 0; i < SIZES.length; i++) {
            String type = switch (SIZES[i]) {
                case 16 -> "icp4";
                case 32 -> "icp5";
                case 64 -> "icp6";
                case 128 -> "ic07";
                case 256 -> "ic08";
                default -> null;
            };
            if (type != null) {
                d.writeBytes(type);
                d.writeInt(8 + pngs.get(i).length);
                d.write(pngs.get(i));
            }
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            body.writeTo(out);
        }
    }

    /** Signed distance-like score: > 0 on the blue side of the wave y = 0.5 + 0.17 sin(2 pi (x - 0.1)). */
    private static double score(double x, double y) {
        return 0.5 + 0.17 * Math.sin(2 * Math.PI * (x - 0.1)) - y;
    }

    private static BufferedImage draw(int size) {
        int ss = 4;
        int n = size * ss;
        BufferedImage big = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        double inset = size <= 24 ? 0.0 : 0.04;
        double lo = inset * n;
        double side = n - 2 * lo;
        RoundRectangle2D shape = new RoundRectangle2D.Double(lo, lo, side, side, side * 0.36, side * 0.36);
        for (int py = 0; py < n; py++) {
            for (int px = 0; px < n; px++) {
                if (!shape.contains(px + 0.5, py + 0.5)) {
                    continue;
                }
                double x = (px + 0.5 - lo) / side;
                double y = (py + 0.5 - lo) / side;
                double p = 1 / (1 + Math.exp(-score(x, y) * 14));
                big.setRGB(px, py, heat(p).getRGB());
            }
        }
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setClip(shape);
        Path2D wave = new Path2D.Double();
        for (int i = 0; i <= 200; i++) {
            double x = i / 200.0;
            double y = 0.5 + 0.17 * Math.sin(2 * Math.PI * (x - 0.1));
            if (i == 0) {
                wave.moveTo(lo + x * side, lo + y * side);
            } else {
                wave.lineTo(lo + x * side, lo + y * side);
            }
        }
        g.setColor(new Color(0x1F2430));
        g.setStroke(new BasicStroke((float) (n * (size <= 24 ? 0.07 : 0.035)), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(wave);
        double[][] blue = size <= 24 ? new double[][] {{0.28, 0.22}} : new double[][] {{0.2, 0.24}, {0.5, 0.2},
            {0.8, 0.13}};
        double[][] orange = size <= 24 ? new double[][] {{0.72, 0.76}} : new double[][] {{0.2, 0.82}, {0.5, 0.88},
            {0.8, 0.66}};
        double r = n * (size <= 24 ? 0.13 : size <= 48 ? 0.085 : 0.07);
        dots(g, blue, BLUE, r, lo, side, n);
        dots(g, orange, ORANGE, r, lo, side, n);
        g.setClip(null);
        g.setColor(new Color(0, 0, 0, 60));
        g.setStroke(new BasicStroke((float) Math.max(ss, n * 0.012)));
        g.draw(shape);
        g.dispose();
        return scale(big, size, ss);
    }

    private static void dots(Graphics2D g, double[][] at, Color c, double r, double lo, double side, int n) {
        for (double[] d : at) {
            Ellipse2D e = new Ellipse2D.Double(lo + d[0] * side - r, lo + d[1] * side - r, 2 * r, 2 * r);
            g.setColor(c);
            g.fill(e);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (r * 0.32)));
            g.draw(e);
        }
    }

    private static Color heat(double p) {
        return p < 0.5 ? lerp(TINT0, MIDDLE, Math.pow(p / 0.5, 1.6)) : lerp(MIDDLE, TINT1, 1 - Math.pow((1 - p) / 0.5, 1.6));
    }

    private static Color lerp(Color a, Color b, double f) {
        return new Color((int) Math.round(a.getRed() * (1 - f) + b.getRed() * f),
                (int) Math.round(a.getGreen() * (1 - f) + b.getGreen() * f),
                (int) Math.round(a.getBlue() * (1 - f) + b.getBlue() * f));
    }

    /** Box filter of ss x ss samples per pixel, alpha-weighted. */
    private static BufferedImage scale(BufferedImage big, int size, int ss) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double a = 0;
                double r = 0;
                double gr = 0;
                double b = 0;
                for (int j = 0; j < ss; j++) {
                    for (int i = 0; i < ss; i++) {
                        int v = big.getRGB(x * ss + i, y * ss + j);
                        double al = (v >>> 24) / 255.0;
                        a += al;
                        r += al * ((v >> 16) & 255);
                        gr += al * ((v >> 8) & 255);
                        b += al * (v & 255);
                    }
                }
                int k = ss * ss;
                int argb = a == 0 ? 0 : ((int) Math.round(a / k * 255) << 24) | ((int) Math.round(r / a) << 16)
                        | ((int) Math.round(gr / a) << 8) | (int) Math.round(b / a);
                out.setRGB(x, y, argb);
            }
        }
        return out;
    }
}
