package org.edubrain.bench;

import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The StAX parser of the xlsx reader against the JDK's own: the first sheet of a workbook (as
 * {@code LearnerFiles} writes it, one sheet of inline strings) parsed by each, element names and
 * attributes touched and text lengths summed as the reader does, three rounds; and the inflation of
 * the sheet's XML alone, which both include.
 *
 * <p>Usage: {@code SheetParsing FILE.xlsx}
 */
public final class SheetParsing {

    private SheetParsing() {
    }

    public static void main(String[] args) throws Exception {
        for (int round = 1; round <= 3; round++) {
            for (String parser : new String[] {"JDK", "Aalto"}) {
                XMLInputFactory f = parser.equals("JDK") ? XMLInputFactory.newDefaultFactory()
                        : new com.fasterxml.aalto.stax.InputFactoryImpl();
                f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                long elements = 0;
                long chars = 0;
                long t0 = System.nanoTime();
                try (ZipFile z = new ZipFile(args[0]); InputStream in = z.getInputStream(sheet(z))) {
                    XMLStreamReader r = f.createXMLStreamReader(in);
                    while (r.hasNext()) {
                        int e = r.next();
                        if (e == XMLStreamConstants.START_ELEMENT) {
                            elements++;
                            r.getLocalName();
                            r.getAttributeCount();
                        } else if (e == XMLStreamConstants.CHARACTERS) {
                            chars += r.getTextLength();
                        }
                    }
                }
                long t1 = System.nanoTime();
                long bytes = 0;
                try (ZipFile z = new ZipFile(args[0]); InputStream in = z.getInputStream(sheet(z))) {
                    byte[] b = new byte[1 << 16];
                    for (int k; (k = in.read(b)) > 0; ) {
                        bytes += k;
                    }
                }
                long t2 = System.nanoTime();
                System.out.printf("round %d, %-5s: %,d elements, %,d characters of text, parsed in %.2f s "
                        + "(inflating the %,d MB of XML alone: %.2f s)%n", round, parser, elements, chars, (t1 - t0) / 1e9,
                        bytes >> 20, (t2 - t1) / 1e9);
            }
        }
    }

    private static ZipEntry sheet(ZipFile z) {
        return z.getEntry("xl/worksheets/sheet1.xml");
    }
}
