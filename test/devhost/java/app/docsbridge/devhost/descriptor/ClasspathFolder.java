package app.docsbridge.devhost.descriptor;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the XML files directly inside a class-path folder, from directories and jars alike (like the plugin framework's scan folders). */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Class-path names ({@code folder/file.xml}), sorted so the order never depends on the file system. */
    static List<String> xmlFiles(ClassLoader loader, String folder) throws IOException {
        String prefix = folder.replaceAll("^/+|/+$", "") + "/";
        List<String> names = new ArrayList<>();
        Enumeration<URL> roots = loader.getResources(prefix);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                            .forEach(n -> names.add(prefix + n));
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            } else if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(".xml") && name.indexOf('/', prefix.length()) < 0) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        names.sort(null);
        return names.stream().distinct().toList();
    }
}
