<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Blindspot %1&lt;/h3&gt;&lt;p&gt;A map of known surveillance and face-recognition cameras in and around metro stations, for planning trips that are less exposed to them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works offline.&lt;/b&gt; Blindspot never opens a network connection: map data arrives only through files you choose.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty, and no map or estimate can promise safety.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blindspot %1&lt;/h3&gt;&lt;p&gt;Карта известных камер видеонаблюдения и распознавания лиц на станциях метро и рядом с ними — чтобы планировать поездки, на которых вы меньше попадаете в их поле зрения.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Работает офлайн.&lt;/b&gt; Blindspot никогда не подключается к сети: данные карты попадают в него только из файлов, которые вы выбираете сами.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней (GPL-3.0-or-later). Она распространяется без каких-либо гарантий, и ни одна карта или оценка не может обещать безопасность.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers (BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), libzip (BSD-3-Clause) and zlib (zlib licence).&lt;/p&gt;&lt;p&gt;How every estimate is made, with its sources: Help &amp;gt; How the estimates work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Построено на Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers (BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), libzip (BSD-3-Clause) и zlib (лицензия zlib).&lt;/p&gt;&lt;p&gt;Как получена каждая оценка и на каких источниках она основана: Справка &amp;gt; Как устроены оценки.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Map shown:&lt;/b&gt; %1&lt;br&gt;Publisher: %2&lt;br&gt;Licence: %3&lt;br&gt;Data: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Открытая карта:&lt;/b&gt; %1&lt;br&gt;Издатель: %2&lt;br&gt;Лицензия: %3&lt;br&gt;Данные: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This map is fictional training data, not a real city.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Эта карта — вымышленные учебные данные, а не настоящий город.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Further sources: %1</source>
        <translation>Ещё источников: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Источники:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Blindspot</source>
        <translation>О программе Blindspot</translation>
    </message>
</context>
<context>
    <name>ActivityGuide</name>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вводная информация</translation>
    </message>
    <message>
        <source>Deepening</source>
        <translation>Углубление</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Синтез</translation>
    </message>
    <message>
        <source>Start from what people already do: an everyday choice, made together.</source>
        <translation>Начните с того, что люди уже делают: с повседневного выбора, сделанного вместе.</translation>
    </message>
    <message>
        <source>Talk about what happened and what people noticed; collect questions.</source>
        <translation>Обсудите, что произошло и что люди заметили; соберите вопросы.</translation>
    </message>
    <message>
        <source>Bring in what is known, with its sources and what is not known.</source>
        <translation>Расскажите, что известно, с источниками, — и что неизвестно.</translation>
    </message>
    <message>
        <source>Practise with it: apply what was learnt to a new situation.</source>
        <translation>Потренируйтесь: примените узнанное к новой ситуации.</translation>
    </message>
    <message>
        <source>Each person decides what they will do: concrete, small, this week.</source>
        <translation>Каждый решает, что он будет делать: конкретное, небольшое, на этой неделе.</translation>
    </message>
    <message>
        <source>Scenario: choices</source>
        <translation>Сценарий: выбор</translation>
    </message>
    <message>
        <source>Scenario: questions</source>
        <translation>Сценарий: вопросы</translation>
    </message>
    <message>
        <source>Spot the camera</source>
        <translation>Найди камеру</translation>
    </message>
    <message>
        <source>Route comparison</source>
        <translation>Сравнение маршрутов</translation>
    </message>
    <message>
        <source>Myth or evidence</source>
        <translation>Миф или доказано</translation>
    </message>
    <message>
        <source>What a face detector sees</source>
        <translation>Что видит детектор лиц</translation>
    </message>
    <message>
        <source>Team exercise</source>
        <translation>Командное упражнение</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>My plan for this week</source>
        <translation>Мой план на эту неделю</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Read the person and goal aloud. Let pairs choose before you reveal anything.</source>
        <translation>Зачитайте вслух, о ком речь и какая у человека цель. Дайте парам сделать выбор, прежде чем что-либо показывать.</translation>
    </message>
    <message>
        <source>After the reveal, ask what each option costs, not which one is right. There is no right answer.</source>
        <translation>После показа спросите, чего стоит каждый вариант, а не какой из них правильный. Правильного ответа нет.</translation>
    </message>
    <message>
        <source>Ask the questions one at a time and collect answers on a flip chart.</source>
        <translation>Задавайте вопросы по одному и записывайте ответы на флипчарте.</translation>
    </message>
    <message>
        <source>If fear rises, name it, and come back to what can be done.</source>
        <translation>Если нарастает страх, назовите его вслух и вернитесь к тому, что можно сделать.</translation>
    </message>
    <message>
        <source>Ask each person for one thing they noticed. Correct misunderstandings gently, especially &quot;a low number means safe&quot;.</source>
        <translation>Попросите каждого назвать одну вещь, которую он заметил. Мягко исправляйте недопонимания, особенно «низкое число значит безопасно».</translation>
    </message>
    <message>
        <source>Hand out the worksheet. Ask for one change each person can keep up this week; small is good.</source>
        <translation>Раздайте рабочий лист. Попросите каждого выбрать одно изменение, которого он сможет придерживаться на этой неделе; небольшое — это хорошо.</translation>
    </message>
    <message>
        <source>Give out the legal help sheet. Do not give legal advice yourself: point to OVD-Info.</source>
        <translation>Раздайте памятку о юридической помощи. Сами юридических советов не давайте: направляйте к ОВД-Инфо.</translation>
    </message>
    <message>
        <source>Invite people to step away from screens.</source>
        <translation>Предложите всем отойти от экранов.</translation>
    </message>
    <message>
        <source>Say every number with its reference class: of 10 trips by someone the system is looking for. Never call anything safe.</source>
        <translation>Называйте каждое число вместе с тем, к чему оно относится: из 10 поездок человека, которого ищет система. Никогда ничего не называйте безопасным.</translation>
    </message>
</context>
<context>
    <name>AlternativeText</name>
    <message>
        <source>Use an entrance other than %1</source>
        <translation>Войти через другой вход, не %1</translation>
    </message>
    <message>
        <source>Walk to a station other than %1 and start there</source>
        <translation>Дойти пешком до другой станции, не %1, и начать поездку оттуда</translation>
    </message>
    <message>
        <source>Get off at a station other than %1 and walk the rest</source>
        <translation>Выйти на другой станции, не %1, и пройти остаток пути пешком</translation>
    </message>
    <message>
        <source>Go around %1 station</source>
        <translation>Проложить маршрут в обход станции %1</translation>
    </message>
    <message>
        <source>Avoid %1</source>
        <translation>Избегать: %1</translation>
    </message>
    <message>
        <source>Ride the metro instead of walking between stations</source>
        <translation>Ехать на метро, а не идти пешком между станциями</translation>
    </message>
    <message>
        <source>Walk the whole way, without the metro</source>
        <translation>Пройти весь путь пешком, без метро</translation>
    </message>
    <message>
        <source>If you can, travel on an ordinary day instead</source>
        <translation>Если можете, поезжайте лучше в обычный день</translation>
    </message>
    <message>
        <source>Avoid the metro on alert days (announced protests, holidays)</source>
        <translation>Не ездите на метро в дни усиленного контроля (объявленные протесты, праздники)</translation>
    </message>
    <message>
        <source>If you can, avoid this trip on alert days (announced protests, holidays)</source>
        <translation>Если можете, не совершайте эту поездку в дни усиленного контроля (объявленные протесты, праздники)</translation>
    </message>
    <message>
        <source>Strong evidence: on 12 June 2022, 43 people were detained in the metro through face recognition, and it repeats on holidays.</source>
        <translation>Надёжные доказательства: 12 июня 2022 года в метро с помощью распознавания лиц задержали 43 человека, и это повторяется в праздники.</translation>
    </message>
    <message>
        <source>What if you wear a medical mask</source>
        <translation>Что если надеть медицинскую маску</translation>
    </message>
    <message>
        <source>Partial, weakening evidence: NIST tests found the best systems barely affected, and vendors say masks no longer help. Covering the face at a rally is illegal in Russia (Law 54-FZ).</source>
        <translation>Доказательства частичные и слабеют: по тестам NIST, на лучшие системы маска почти не влияет, а производители говорят, что маски больше не помогают. Закрывать лицо на митинге в России запрещено (закон 54-ФЗ).</translation>
    </message>
    <message>
        <source>What if you wear dark sunglasses</source>
        <translation>Что если надеть тёмные солнцезащитные очки</translation>
    </message>
    <message>
        <source>Moderate evidence, from laboratory tests only.</source>
        <translation>Умеренные доказательства, только из лабораторных испытаний.</translation>
    </message>
    <message>
        <source>What if you wear a cap and look down</source>
        <translation>Что если надеть кепку и смотреть вниз</translation>
    </message>
    <message>
        <source>Unknown: turnstile cameras sit at face height, where a cap hides little.</source>
        <translation>Неизвестно: камеры на турникетах висят на уровне лица, и от них кепка почти ничего не скрывает.</translation>
    </message>
    <message>
        <source>No route reaches the destination that way.</source>
        <translation>Так до места назначения не добраться: маршрута нет.</translation>
    </message>
    <message>
        <source>On such a day this way: %1 (%2-%3 of 10).</source>
        <translation>В такой день по этому маршруту: %1 (%2-%3 из 10).</translation>
    </message>
    <message>
        <source>Then %1 (%2-%3 of 10), %4: this raises the chance.</source>
        <translation>Тогда %1 (%2-%3 из 10), %4: это повышает вероятность.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about %5 instead of %6.</source>
        <translation>Всё равно %1 (%2-%3 из 10), %4, но удачных снимков вашего лица меньше: около %5 вместо %6.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about %5 instead of %6 (face-recognition checkpoints: %7 instead of %8).</source>
        <translation>Всё равно %1 (%2-%3 из 10), %4, но удачных снимков вашего лица меньше: около %5 вместо %6 (пунктов контроля с распознаванием лиц: %7 вместо %8).</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer face-recognition checkpoints: %5 instead of %6 (good looks at your face: about %7).</source>
        <translation>Всё равно %1 (%2-%3 из 10), %4, но пунктов контроля с распознаванием лиц меньше: %5 вместо %6 (удачных снимков вашего лица: около %7).</translation>
    </message>
    <message>
        <source>Then: %1 (%2-%3 of 10), %4.</source>
        <translation>Тогда: %1 (%2-%3 из 10), %4.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4: this does not lower the chance here.</source>
        <translation>Всё равно %1 (%2-%3 из 10), %4: здесь это не снижает вероятность.</translation>
    </message>
    <message>
        <source>(Planning found a different way for this.)</source>
        <translation>(Для этого найден другой путь.)</translation>
    </message>
    <message>
        <source>using another entrance at %1</source>
        <translation>другой вход на станции %1</translation>
    </message>
    <message>
        <source>starting at a station other than %1</source>
        <translation>посадка на другой станции вместо станции %1</translation>
    </message>
    <message>
        <source>getting off at a station other than %1</source>
        <translation>выход на другой станции вместо станции %1</translation>
    </message>
    <message>
        <source>going around %1 station</source>
        <translation>маршрут в обход станции %1</translation>
    </message>
    <message>
        <source>avoiding line %1</source>
        <translation>маршрут без линии %1</translation>
    </message>
    <message>
        <source>riding the metro instead of walking between stations</source>
        <translation>метро вместо пеших переходов между станциями</translation>
    </message>
    <message>
        <source>walking the whole way</source>
        <translation>весь путь пешком</translation>
    </message>
    <message>
        <source>travelling on an ordinary day</source>
        <translation>поездка в обычный день</translation>
    </message>
    <message>
        <source>travelling on an alert day</source>
        <translation>поездка в день усиленного контроля</translation>
    </message>
    <message>
        <source>wearing a medical mask</source>
        <translation>медицинская маска</translation>
    </message>
    <message>
        <source>wearing dark sunglasses</source>
        <translation>тёмные солнцезащитные очки</translation>
    </message>
    <message>
        <source>wearing a cap with your head down</source>
        <translation>взгляд вниз из-под кепки</translation>
    </message>
    <message>
        <source>Also tried, without lowering the chance here: %1.</source>
        <translation>Также проверили, но вероятность здесь от этого не ниже: %1.</translation>
    </message>
    <message>
        <source>Nothing Blindspot tried lowers the chance here: %1.</source>
        <translation>Ни один из вариантов, которые проверил Blindspot, не снижает здесь вероятность: %1.</translation>
    </message>
    <message>
        <source>What if… (a what-if, never a promise of safety)</source>
        <translation>Что если… (это предположение, а не обещание безопасности)</translation>
    </message>
    <message>
        <source>Your time limit hides a way with a lower chance: %1 (%2-%3 of 10) instead of %4, %5 than the fastest.</source>
        <translation>Ограничение по времени скрывает путь, где вероятность ниже: %1 (%2-%3 из 10) вместо %4; он %5, чем самый быстрый.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
</context>
<context>
    <name>CameraPainter</name>
    <message>
        <source>%1k</source>
        <translation>%1 тыс.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;blindspot-cli --help&quot; for usage.</source>
        <translation>Справка: «blindspot-cli --help».</translation>
    </message>
    <message>
        <source>face recognition confirmed</source>
        <translation>распознавание лиц подтверждено</translation>
    </message>
    <message>
        <source>face recognition suspected</source>
        <translation>распознавание лиц предполагается</translation>
    </message>
    <message>
        <source>no face recognition</source>
        <translation>без распознавания лиц</translation>
    </message>
    <message>
        <source>unknown (no data)</source>
        <translation>неизвестно (нет данных)</translation>
    </message>
    <message>
        <source>FICTIONAL training data: not a real city.</source>
        <translation>ВЫМЫШЛЕННЫЕ учебные данные: это не настоящий город.</translation>
    </message>
    <message>
        <source>Dataset id: %1, version %2</source>
        <translation>Идентификатор набора данных: %1, версия %2</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>Attribution: %1</source>
        <translation>Указание авторства: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Срок действия истекает: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Lines: %1, stations: %2, transfer complexes: %3, entrances: %4, zones: %5</source>
        <translation>Линий: %1, станций: %2, пересадочных узлов: %3, входов: %4, зон: %5</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>Survey areas: %1</source>
        <translation>Обследованных районов: %1</translation>
    </message>
    <message>
        <source>Bounding box (S, W, N, E): %1, %2, %3, %4</source>
        <translation>Границы (Ю, З, С, В): %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Output .bspack file.</source>
        <translation>Выходной файл .bspack.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli demo --out FILE.bspack</source>
        <translation>использование: blindspot-cli demo --out FILE.bspack</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести в формате JSON.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli info FILE [--json]</source>
        <translation>использование: blindspot-cli info FILE [--json]</translation>
    </message>
    <message>
        <source>Input format: osm, pbf, gtfs, geojson, csv, kml, gpx or bspack (default: guessed).</source>
        <translation>Входной формат: osm, pbf, gtfs, geojson, csv, kml, gpx или bspack (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli validate FILE [--format F]</source>
        <translation>использование: blindspot-cli validate FILE [--format F]</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version reads: %2</source>
        <translation>формат «%1» не поддерживается; эта версия читает: %2</translation>
    </message>
    <message>
        <source>%1: valid (%2 stations, %3 cameras)</source>
        <translation>%1: файл корректен (станций: %2, камер: %3)</translation>
    </message>
    <message>
        <source>Number of cameras.</source>
        <translation>Число камер.</translation>
    </message>
    <message>
        <source>Number of stations.</source>
        <translation>Число станций.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Начальное значение генератора случайных чисел.</translation>
    </message>
    <message>
        <source>--cameras must be a whole number from 1 to %1</source>
        <translation>--cameras: нужно целое число от 1 до %1</translation>
    </message>
    <message>
        <source>--stations must be a whole number from 4 to %1</source>
        <translation>--stations: нужно целое число от 4 до %1</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed: нужно целое неотрицательное число</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>Выходной файл PNG.</translation>
    </message>
    <message>
        <source>Cell size in metres.</source>
        <translation>Размер ячейки в метрах.</translation>
    </message>
    <message>
        <source>Day profile: ordinary or event.</source>
        <translation>Тип дня: ordinary (обычный) или event (день усиленного контроля).</translation>
    </message>
    <message>
        <source>Which end of the parameter ranges: low, central or high.</source>
        <translation>Какую границу диапазонов параметров взять: low (нижнюю), central (среднее значение) или high (верхнюю).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli density FILE.bspack --out heatmap.png [--cell 10] [--profile ordinary|event] [--bound low|central|high]</source>
        <translation>использование: blindspot-cli density FILE.bspack --out heatmap.png [--cell 10] [--profile ordinary|event] [--bound low|central|high]</translation>
    </message>
    <message>
        <source>--cell must be a number of metres from %1 to %2, e.g. 10</source>
        <translation>--cell: нужно число метров от %1 до %2, например 10</translation>
    </message>
    <message>
        <source>--bound must be low, central or high</source>
        <translation>--bound: допустимые значения — low, central или high</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; known: %2</source>
        <translation>неизвестный тип дня «%1»; допустимые: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no positions to draw</source>
        <translation>%1: в наборе данных нет объектов с координатами, рисовать нечего</translation>
    </message>
    <message>
        <source>Note: %1 m cells would make the grid too large for this dataset; using %2 m cells.</source>
        <translation>Примечание: с ячейками по %1 м сетка для этого набора данных была бы слишком большой; используются ячейки по %2 м.</translation>
    </message>
    <message>
        <source>%1: heatmap of %2 x %3 cells of %4 m</source>
        <translation>%1: тепловая карта %2 x %3 ячеек по %4 м</translation>
    </message>
    <message>
        <source>--csv-map expects FIELD=COLUMN pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--csv-map: нужны пары ПОЛЕ=СТОЛБЕЦ через запятую, а не «%1»</translation>
    </message>
    <message>
        <source>--csv-map: unknown field &quot;%1&quot;; fields are: %2</source>
        <translation>--csv-map: неизвестное поле «%1»; допустимые поля: %2</translation>
    </message>
    <message>
        <source>--csv-map is empty</source>
        <translation>--csv-map: пустое значение</translation>
    </message>
    <message>
        <source>new line</source>
        <translation>новая линия</translation>
    </message>
    <message>
        <source>known line</source>
        <translation>уже известная линия</translation>
    </message>
    <message>
        <source>new station</source>
        <translation>новая станция</translation>
    </message>
    <message>
        <source>known station</source>
        <translation>уже известная станция</translation>
    </message>
    <message>
        <source>new entrance</source>
        <translation>новый вход</translation>
    </message>
    <message>
        <source>known entrance</source>
        <translation>уже известный вход</translation>
    </message>
    <message>
        <source>new zone</source>
        <translation>новая зона</translation>
    </message>
    <message>
        <source>known zone</source>
        <translation>уже известная зона</translation>
    </message>
    <message>
        <source>new camera</source>
        <translation>новая камера</translation>
    </message>
    <message>
        <source>same camera</source>
        <translation>та же камера</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>ОТКЛОНЕНО</translation>
    </message>
    <message>
        <source>new survey area</source>
        <translation>новый обследованный район</translation>
    </message>
    <message>
        <source>known survey area</source>
        <translation>уже известный обследованный район</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1: задано значение %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: добавлено</translation>
    </message>
    <message>
        <source>%1 raised from %2 to %3</source>
        <translation>%1: повышено с %2 до %3</translation>
    </message>
    <message>
        <source>%1: %2 kept, the new source says %3</source>
        <translation>%1: оставлено %2, новый источник указывает %3</translation>
    </message>
    <message>
        <source>%1 would be lowered from %2 to %3 by an untrusted source</source>
        <translation>%1: недоверенный источник понизил бы значение с %2 до %3</translation>
    </message>
    <message>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <source>station</source>
        <translation>станция</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>survey area</source>
        <translation>обследованный район</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 same, %4 conflicts, %5 rejected cameras; %6 new and %7 known stations; %8 new lines</source>
        <translation>%1: камеры — новых: %2, тех же: %3, с расхождениями: %4, отклонённых: %5; станции — новых: %6, уже известных: %7; новых линий: %8</translation>
    </message>
    <message>
        <source>(%1 %2</source>
        <translation>(%1 %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>not applied without review</source>
        <translation>без проверки не применяется</translation>
    </message>
    <message>
        <source>Input format: %1.</source>
        <translation>Входной формат: %1.</translation>
    </message>
    <message>
        <source>Columns for fields, e.g. lat=latitude,lon=longitude,fr=face_rec.</source>
        <translation>Столбцы для полей, например lat=latitude,lon=longitude,fr=face_rec.</translation>
    </message>
    <message>
        <source>CSV delimiter (one character, or tab).</source>
        <translation>Разделитель CSV (один символ или tab).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Показать, что изменится, ничего не записывая.</translation>
    </message>
    <message>
        <source>Trust the inputs&apos; sources: they may lower FR status (as conflicts for review).</source>
        <translation>Доверять источникам входных файлов: они могут понижать статус распознавания лиц (это записывается как расхождение для проверки).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; formats are: %2</source>
        <translation>неизвестный формат «%1»; допустимые форматы: %2</translation>
    </message>
    <message>
        <source>--delimiter expects one ASCII character, or tab</source>
        <translation>--delimiter: нужен один символ ASCII или tab</translation>
    </message>
    <message>
        <source>%1: cannot merge fictional training data with real data</source>
        <translation>%1: нельзя объединять вымышленные учебные данные с настоящими</translation>
    </message>
    <message>
        <source>%1: %2 cameras, %3 stations, %4 lines from %5 input(s)</source>
        <translation>%1: камер: %2, станций: %3, линий: %4; входных файлов: %5</translation>
    </message>
    <message>
        <source>Output format: geojson, csv, kml or osm.</source>
        <translation>Выходной формат: geojson, csv, kml или osm.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Выходной файл.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli export FILE.bspack --format geojson|csv|kml|osm --out OUT</source>
        <translation>использование: blindspot-cli export FILE.bspack --format geojson|csv|kml|osm --out OUT</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;; formats are: geojson, csv, kml, osm</source>
        <translation>экспорт в «%1» невозможен; допустимые форматы: geojson, csv, kml, osm</translation>
    </message>
    <message>
        <source>%1: %2 cameras</source>
        <translation>%1: камер: %2</translation>
    </message>
    <message>
        <source>demo --out FILE.bspack          write the fictional training city</source>
        <translation>demo --out FILE.bspack          записать вымышленный учебный город</translation>
    </message>
    <message>
        <source>info FILE [--json]              header, counts, bounding box, stations</source>
        <translation>info FILE [--json]              заголовок, количество объектов, границы, станции</translation>
    </message>
    <message>
        <source>validate FILE [--format F]      exit 0 if valid, 1 with FILE:LINE:COL: message</source>
        <translation>validate FILE [--format F]      код 0, если файл корректен; 1 и сообщение ФАЙЛ:СТРОКА:СТОЛБЕЦ: текст</translation>
    </message>
    <message>
        <source>import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust]   read and merge</source>
        <translation>import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust]   прочитать и объединить</translation>
    </message>
    <message>
        <source>export FILE.bspack --format geojson|csv|kml|osm --out OUT   cameras with provenance</source>
        <translation>export FILE.bspack --format geojson|csv|kml|osm --out OUT   камеры с указанием источников</translation>
    </message>
    <message>
        <source>density FILE --out PNG [--cell 10] [--profile P] [--bound low|central|high]   face-recognition heatmap</source>
        <translation>density FILE --out PNG [--cell 10] [--profile P] [--bound low|central|high]   тепловая карта распознавания лиц</translation>
    </message>
    <message>
        <source>keygen --out NAME [--no-passphrase]   minisign key pair NAME.pub, NAME.key (passphrase from the terminal or BLINDSPOT_PASSPHRASE)</source>
        <translation>keygen --out NAME [--no-passphrase]   пара ключей minisign NAME.pub, NAME.key (парольная фраза — из терминала или BLINDSPOT_PASSPHRASE)</translation>
    </message>
    <message>
        <source>sign PACK --key NAME.key [--comment TEXT]   write PACK.minisig</source>
        <translation>sign PACK --key NAME.key [--comment TEXT]   записать подпись PACK.minisig</translation>
    </message>
    <message>
        <source>verify PACK --pubkey NAME.pub [--sig FILE]   exit 0 if validly signed, 1 with the reason</source>
        <translation>verify PACK --pubkey NAME.pub [--sig FILE]   код 0, если подпись верна; 1 и причина</translation>
    </message>
    <message>
        <source>Usage: blindspot-cli COMMAND [OPTIONS]</source>
        <translation>Использование: blindspot-cli КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Blindspot works offline: it never opens a network connection.</source>
        <translation>Blindspot работает офлайн: он никогда не подключается к сети.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 usage error.</source>
        <translation>Коды завершения: 0 — успех, 1 — ошибка во входных данных, 2 — ошибка в команде.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Route %1 of %2: %3, transfers: %4</source>
        <translation>Маршрут %1 из %2: %3, пересадок: %4</translation>
    </message>
    <message>
        <source>Chance of being identified: %1</source>
        <translation>Вероятность, что вас опознают: %1</translation>
    </message>
    <message>
        <source>Mapped cameras with face recognition confirmed or suspected along the way: %1</source>
        <translation>Камер на пути, нанесённых на карту, с подтверждённым или предполагаемым распознаванием лиц: %1</translation>
    </message>
    <message>
        <source>most of the risk is here</source>
        <translation>здесь основная часть риска</translation>
    </message>
    <message>
        <source>this step alone: %1; from %2</source>
        <translation>только этот шаг: %1; откуда риск: %2</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot;</source>
        <translation>неизвестная станция «%1»</translation>
    </message>
    <message>
        <source>End, like --from.</source>
        <translation>Куда, в том же виде, что и --from.</translation>
    </message>
    <message>
        <source>fastest, least-exposed or pareto.</source>
        <translation>fastest (самый быстрый), least-exposed (наименьший риск) или pareto (все лучшие компромиссы).</translation>
    </message>
    <message>
        <source>any, metro or walk.</source>
        <translation>any (любой способ), metro (метро) или walk (пешком).</translation>
    </message>
    <message>
        <source>Stations to avoid, comma-separated.</source>
        <translation>Станции, которые нужно обойти, через запятую.</translation>
    </message>
    <message>
        <source>Lines to avoid (ref or name), comma-separated.</source>
        <translation>Линии, которые нужно обойти (номер или название), через запятую.</translation>
    </message>
    <message>
        <source>Entrance numbers to avoid (entrance:N), comma-separated.</source>
        <translation>Номера входов, которые нужно обойти (entrance:N), через запятую.</translation>
    </message>
    <message>
        <source>At most this many times the fastest route&apos;s duration.</source>
        <translation>Не дольше, чем во столько раз больше времени самого быстрого маршрута.</translation>
    </message>
    <message>
        <source>What if: wearing a medical mask.</source>
        <translation>Что если: в медицинской маске.</translation>
    </message>
    <message>
        <source>What if: wearing dark sunglasses.</source>
        <translation>Что если: в тёмных солнцезащитных очках.</translation>
    </message>
    <message>
        <source>What if: wearing a cap against ceiling cameras.</source>
        <translation>Что если: в кепке против потолочных камер.</translation>
    </message>
    <message>
        <source>A JSON file of model parameter overrides.</source>
        <translation>Файл JSON с изменёнными параметрами модели.</translation>
    </message>
    <message>
        <source>--mode must be fastest, least-exposed or pareto</source>
        <translation>--mode: допустимые значения — fastest, least-exposed или pareto</translation>
    </message>
    <message>
        <source>--travel must be any, metro or walk</source>
        <translation>--travel: допустимые значения — any, metro или walk</translation>
    </message>
    <message>
        <source>--budget must be a number of at least 1, e.g. 1.5</source>
        <translation>--budget: нужно число не меньше 1, например 1.5</translation>
    </message>
    <message>
        <source>%1: no station, entrance or position called &quot;%2&quot;</source>
        <translation>%1: нет станции, входа или точки «%2»</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <source>unknown line &quot;%1&quot;</source>
        <translation>неизвестная линия «%1»</translation>
    </message>
    <message>
        <source>unknown entrance &quot;%1&quot;</source>
        <translation>неизвестный вход «%1»</translation>
    </message>
    <message>
        <source>%1: no route found from &quot;%2&quot; to &quot;%3&quot; with these constraints</source>
        <translation>%1: с этими ограничениями маршрут из «%2» в «%3» не найден</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>самый быстрый</translation>
    </message>
    <message>
        <source>least exposed</source>
        <translation>наименьший риск</translation>
    </message>
    <message>
        <source>No route is safe: a low number is not a promise. To lower the chance: compare routes and entrances (--mode pareto), avoid alert days (--profile event shows them), and see the methodology for what the numbers do not cover.</source>
        <translation>Ни один маршрут не безопасен: низкое число — не обещание. Чтобы снизить вероятность, сравните маршруты и входы (--mode pareto), не ездите в дни усиленного контроля (их показывает --profile event) и прочитайте в методике, что эти числа не учитывают.</translation>
    </message>
    <message>
        <source>%1: wrong passphrase for this key</source>
        <translation>%1: неверная парольная фраза для этого ключа</translation>
    </message>
    <message>
        <source>%1: too many wrong passphrases; try again in %2 s</source>
        <translation>%1: слишком много неверных попыток; попробуйте снова через %2 с</translation>
    </message>
    <message>
        <source>%1: not enough memory to derive the key from the passphrase</source>
        <translation>%1: недостаточно памяти, чтобы получить ключ из парольной фразы</translation>
    </message>
    <message>
        <source>%1: the workspace is locked</source>
        <translation>%1: рабочая область заблокирована</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>Passphrase (again): </source>
        <translation>Парольная фраза (ещё раз): </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>подпись верна</translation>
    </message>
    <message>
        <source>wrong key: the pack was signed with another key than this public key</source>
        <translation>не тот ключ: пакет данных подписан другим ключом, а не парным к этому открытому ключу</translation>
    </message>
    <message>
        <source>bad signature: the pack or its signature was altered after signing</source>
        <translation>неверная подпись: пакет данных или его подпись изменены после подписания</translation>
    </message>
    <message>
        <source>tampered comment: the trusted comment was altered after signing</source>
        <translation>комментарий подменён: доверенный комментарий изменён после подписания</translation>
    </message>
    <message>
        <source>the signed comment names another dataset id, version or expiry than the pack itself</source>
        <translation>в подписанном комментарии указаны другие идентификатор набора данных, версия или срок действия, чем в самом пакете данных</translation>
    </message>
    <message>
        <source>expired: the signature is valid, but the pack&apos;s expiry date has passed</source>
        <translation>срок истёк: подпись верна, но срок действия пакета данных закончился</translation>
    </message>
    <message>
        <source>Key name: writes NAME.pub and NAME.key.</source>
        <translation>Имя ключа: будут записаны NAME.pub и NAME.key.</translation>
    </message>
    <message>
        <source>Store the secret key unencrypted (like minisign -W).</source>
        <translation>Сохранить секретный ключ без шифрования (как minisign -W).</translation>
    </message>
    <message>
        <source>Overwrite an existing key pair.</source>
        <translation>Перезаписать существующую пару ключей.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli keygen --out NAME [--no-passphrase] [--force]</source>
        <translation>использование: blindspot-cli keygen --out NAME [--no-passphrase] [--force]</translation>
    </message>
    <message>
        <source>%1 or %2 exists; add --force to overwrite it</source>
        <translation>%1 или %2 уже существует; чтобы перезаписать, добавьте --force</translation>
    </message>
    <message>
        <source>a passphrase is needed (or --no-passphrase)</source>
        <translation>нужна парольная фраза (или --no-passphrase)</translation>
    </message>
    <message>
        <source>Secret key: %1 (keep it secret)</source>
        <translation>Секретный ключ: %1 (храните его в тайне)</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Открытый ключ: %1</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Идентификатор ключа: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <source>minisign can verify with: minisign -Vm FILE -P %1</source>
        <translation>Проверка с помощью minisign: minisign -Vm FILE -P %1</translation>
    </message>
    <message>
        <source>Secret key file (NAME.key).</source>
        <translation>Файл секретного ключа (NAME.key).</translation>
    </message>
    <message>
        <source>Untrusted comment line (like minisign -c); not covered by the signature.</source>
        <translation>Недоверенный комментарий (как minisign -c); подписью не защищён.</translation>
    </message>
    <message>
        <source>Signature file to write (default PACK.minisig).</source>
        <translation>Файл, куда записать подпись (по умолчанию PACK.minisig).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli sign PACK --key NAME.key [--comment TEXT]</source>
        <translation>использование: blindspot-cli sign PACK --key NAME.key [--comment TEXT]</translation>
    </message>
    <message>
        <source>this key needs its passphrase</source>
        <translation>для этого ключа нужна его парольная фраза</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Подпись: %1</translation>
    </message>
    <message>
        <source>Trusted comment: %1</source>
        <translation>Доверенный комментарий: %1</translation>
    </message>
    <message>
        <source>Public key file (NAME.pub).</source>
        <translation>Файл открытого ключа (NAME.pub).</translation>
    </message>
    <message>
        <source>Signature file (default PACK.minisig).</source>
        <translation>Файл подписи (по умолчанию PACK.minisig).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli verify PACK --pubkey NAME.pub [--sig FILE]</source>
        <translation>использование: blindspot-cli verify PACK --pubkey NAME.pub [--sig FILE]</translation>
    </message>
    <message>
        <source>%1: the signature is valid, but the pack cannot be read:</source>
        <translation>%1: подпись верна, но пакет данных не удаётся прочитать:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed by key %1; the public key is %2.</source>
        <translation>Подписано ключом %1; открытый ключ — %2.</translation>
    </message>
    <message>
        <source>%1: %2, key %3 (fingerprint %4)</source>
        <translation>%1: %2, ключ %3 (отпечаток %4)</translation>
    </message>
    <message>
        <source>Dataset %1, version %2, expires %3</source>
        <translation>Набор данных %1, версия %2, срок действия истекает: %3</translation>
    </message>
    <message>
        <source>The trusted comment does not restate the dataset id, version and expiry (not signed by Blindspot); the pack&apos;s own header, which the signature covers, is shown above.</source>
        <translation>Доверенный комментарий не повторяет идентификатор набора данных, версию и срок действия (подписано не в Blindspot); выше показан заголовок самого пакета данных, который защищён подписью.</translation>
    </message>
    <message>
        <source>%1: this map has no metro stations; plan with --travel any or walk</source>
        <translation>%1: на этой карте нет станций метро; постройте маршрут с --travel any или walk</translation>
    </message>
    <message>
        <source>The surveillance context whose priors apply to the pack: %1 (default: the inputs&apos; own, else unknown).</source>
        <translation>Контекст наблюдения, допущения которого применяются к пакету: %1 (по умолчанию — контекст входных файлов, иначе unknown).</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot;; contexts are: %2</source>
        <translation>неизвестный контекст «%1»; допустимые: %2</translation>
    </message>
    <message>
        <source>exposure FILE --track PATH.gpx|PATH.geojson [--range-m R] [--profile P] [--json]   the same figures for a path walked as it is</source>
        <translation>exposure FILE --track PATH.gpx|PATH.geojson [--range-m R] [--profile P] [--json]   те же показатели для пути, пройденного как есть</translation>
    </message>
    <message>
        <source>The path: a GPX track or route, or a GeoJSON LineString.</source>
        <translation>Путь: трек или маршрут GPX либо линия GeoJSON (LineString).</translation>
    </message>
    <message>
        <source>Count a camera as having the walker in view within this many metres, whichever way it looks (default: its field of view out to the model&apos;s view range).</source>
        <translation>Считать, что камера видит пешехода в пределах стольких метров, куда бы она ни смотрела (по умолчанию: её поле зрения до дальности видимости модели).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli exposure FILE --track PATH [--range-m R] [--profile P] [--json]</source>
        <translation>использование: blindspot-cli exposure FILE --track PATH [--range-m R] [--profile P] [--json]</translation>
    </message>
    <message>
        <source>--range-m must be a number of metres above 0, at most 1000</source>
        <translation>--range-m: нужно число метров больше 0 и не больше 1000</translation>
    </message>
    <message>
        <source>&quot;In view&quot; here: within %1 of a camera, whichever way it looks.</source>
        <translation>«В поле зрения» здесь: ближе %1 к камере, куда бы она ни смотрела.</translation>
    </message>
    <message>
        <source>route FILE --from A --to B [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]   chance of being identified on each route, step by step</source>
        <translation>route FILE --from A --to B [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]   вероятность опознания на каждом маршруте, шаг за шагом</translation>
    </message>
    <message>
        <source>What would lower the risk (compared with route %1):</source>
        <translation>Что снизило бы риск (по сравнению с маршрутом %1):</translation>
    </message>
    <message>
        <source>Also say what would lower the risk of the least exposed route (or the one route of --mode fastest or least-exposed): other entrances, stations, lines, walking, another day, what-ifs; each planned again.</source>
        <translation>Также сказать, что снизило бы риск на маршруте с наименьшим риском (или на единственном маршруте при --mode fastest или least-exposed): другие входы, станции, линии, путь пешком, другой день, предположения «что если»; каждый вариант рассчитывается заново.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli route FILE --from PLACE --to PLACE [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]</source>
        <translation>использование: blindspot-cli route FILE --from PLACE --to PLACE [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]</translation>
    </message>
    <message>
        <source>synth --cameras N --stations N --seed S [--street-block M] --out FILE   large synthetic city</source>
        <translation>synth --cameras N --stations N --seed S [--street-block M] --out FILE   большой синтетический город</translation>
    </message>
    <message>
        <source>Metres between the streets of a walking grid over the whole city (100 gives about 1.8 million street nodes, Moscow-sized); 0 for no streets.</source>
        <translation>Расстояние в метрах между улицами пешеходной сетки на весь город (100 даёт около 1,8 млн узлов улиц, как в Москве); 0 — без улиц.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli synth --cameras N --stations N --seed S [--street-block M] --out FILE</source>
        <translation>использование: blindspot-cli synth --cameras N --stations N --seed S [--street-block M] --out FILE</translation>
    </message>
    <message>
        <source>--street-block must be 0 or a number of metres from 10 to %1</source>
        <translation>--street-block: нужно 0 или число метров от 10 до %1</translation>
    </message>
    <message>
        <source>key not trusted: its key id %1 belongs to a key already trusted, &quot;%2&quot; (fingerprint %3), but the key bytes differ; anyone can give a key any id, so this may be a forged key posing as that signer</source>
        <translation>ключ не добавлен в доверенные: его идентификатор %1 совпадает с идентификатором уже доверенного ключа «%2» (отпечаток %3), но сами ключи разные; любой может дать ключу любой идентификатор, так что это может быть поддельный ключ, выдающий себя за этого подписанта</translation>
    </message>
    <message>
        <source>Usage: blindspot-cli %1</source>
        <translation>Использование: blindspot-cli %1</translation>
    </message>
    <message>
        <source>Public key (NAME.pub) every input&apos;s signature (INPUT.minisig) must be valid for; required with --trust.</source>
        <translation>Открытый ключ (NAME.pub), которым должна подтверждаться подпись каждого входного файла (INPUT.minisig); обязателен с --trust.</translation>
    </message>
    <message>
        <source>--trust needs --pubkey NAME.pub: only inputs signed by that key can be trusted</source>
        <translation>для --trust нужен --pubkey NAME.pub: доверять можно только файлам, подписанным этим ключом</translation>
    </message>
    <message>
        <source>%1: a signature (%2) is beside it; give --pubkey NAME.pub to check it, or move it away to import the file unchecked</source>
        <translation>%1: рядом лежит подпись (%2); укажите --pubkey NAME.pub, чтобы проверить её, или уберите её, чтобы импортировать файл без проверки</translation>
    </message>
    <message>
        <source>Start: station, station:N, entrance:N or lat,lon; - reads it from standard input, out of other users&apos; sight.</source>
        <translation>Начало: станция, station:N, entrance:N или широта,долгота; «-» читает его со стандартного ввода, так другие пользователи его не увидят.</translation>
    </message>
    <message>
        <source>--from - and --to - read one place per line from standard input; a line is missing or empty</source>
        <translation>--from - и --to - читают по одному месту на строку со стандартного ввода; строки не хватает или она пуста</translation>
    </message>
    <message>
        <source>least exposed within the limit</source>
        <translation>наименьший риск в пределах ограничения</translation>
    </message>
    <message>
        <source>Plan without --budget to see it.</source>
        <translation>Постройте маршрут без --budget, чтобы увидеть его.</translation>
    </message>
    <message>
        <source>%1: no passphrase opens this workspace any more: its key was destroyed by a passphrase change or a wipe (or its .keyslot file is missing)</source>
        <translation>%1: эту рабочую область больше не открывает ни одна парольная фраза: её ключ уничтожен при смене фразы или стирании (или нет её файла .keyslot)</translation>
    </message>
    <message>
        <source>Keep only what is inside: a box S,W,N,E in degrees, or an osmium .poly file.</source>
        <translation>Оставить только то, что внутри: прямоугольник S,W,N,E в градусах или файл .poly в формате osmium.</translation>
    </message>
    <message>
        <source>Show reading progress on stderr (always on a terminal).</source>
        <translation>Показывать ход чтения в stderr (в терминале — всегда).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust] [--context NAME] [--clip S,W,N,E|FILE.poly] [--progress]</source>
        <translation>использование: blindspot-cli import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust] [--context NAME] [--clip S,W,N,E|FILE.poly] [--progress]</translation>
    </message>
    <message>
        <source>kept what is inside %1: %2 street nodes</source>
        <translation>оставлено то, что внутри %1: узлов улиц — %2</translation>
    </message>
    <message>
        <source>south</source>
        <translation>юг (S)</translation>
    </message>
    <message>
        <source>west</source>
        <translation>запад (W)</translation>
    </message>
    <message>
        <source>north</source>
        <translation>север (N)</translation>
    </message>
    <message>
        <source>east</source>
        <translation>восток (E)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: expected four values S,W,N,E in degrees, or a .poly file</source>
        <translation>--clip &quot;%1&quot;: ожидались четыре значения S,W,N,E в градусах или файл .poly</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value &quot;%3&quot; is not a number</source>
        <translation>--clip &quot;%1&quot;: %2: «%3» — не число</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value %3 is not a latitude (-90..90)</source>
        <translation>--clip &quot;%1&quot;: %2: %3 — не широта (-90..90)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value %3 is not a longitude (-180..180)</source>
        <translation>--clip &quot;%1&quot;: %2: %3 — не долгота (-180..180)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: south must be below north and west of east, as S,W,N,E</source>
        <translation>--clip &quot;%1&quot;: юг должен быть ниже севера, а запад — западнее востока, в порядке S,W,N,E</translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1: прочитано %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an address: street, then house number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, but a name that starts with &quot;-&quot; reads as an option: write ./%1, or put -- before the file names</source>
        <translation>«%1» — это файл, но имя, которое начинается с «-», читается как параметр: напишите ./%1 или поставьте -- перед именами файлов</translation>
    </message>
    <message>
        <source>Streets: %1 segments; addresses and named places: %2</source>
        <translation>Улицы: отрезков — %1; адресов и названных мест — %2</translation>
    </message>
    <message>
        <source>Base map: %1 buildings, %2 water areas, %3 green areas, %4 railways, %5 roads closed to people on foot, %6 rivers and canals</source>
        <translation>Подложка карты: зданий — %1, водоёмов — %2, зелёных зон — %3, железных дорог — %4, дорог, закрытых для пешеходов, — %5, рек и каналов — %6</translation>
    </message>
    <message>
        <source>Leave OSM buildings out of the base map: a city&apos;s buildings take most of the memory its import needs.</source>
        <translation>Не брать здания OSM в подложку: здания города занимают большую часть памяти, нужной для импорта.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Draw the window (%1 x %2 pixels) into a PNG file and exit, without showing it on screen.</source>
        <translation>Нарисовать окно (%1 x %2 пикселей) в файл PNG и выйти, не показывая его на экране.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Language of the user interface: %1.</source>
        <translation>Язык интерфейса: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Plan a trip on startup from this place: a station name in any language, station:N, entrance:N or lat,lon. Needs --to.</source>
        <translation>При запуске построить маршрут отсюда: название станции на любом языке, station:N, entrance:N или lat,lon (широта,долгота). Нужен также --to.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>Where the trip planned on startup goes, like --from.</source>
        <translation>Куда ведёт маршрут, построенный при запуске; в том же виде, что и --from.</translation>
    </message>
    <message>
        <source>Blindspot: an offline map of surveillance and face-recognition cameras in and around metro stations.</source>
        <translation>Blindspot: офлайн-карта камер видеонаблюдения и распознавания лиц на станциях метро и рядом с ними.</translation>
    </message>
    <message>
        <source>A Blindspot map pack (.bspack) to open. Without it, the fictional training city opens.</source>
        <translation>Пакет данных Blindspot (.bspack), который нужно открыть. Без него откроется вымышленный учебный город.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[файл]</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Не удалось записать снимок окна в %1.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; using %2.</source>
        <translation>Перевода «%1» нет; используется %2.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Укажите не больше одного файла.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither.</source>
        <translation>Укажите и --from, и --to или ни одного из них.</translation>
    </message>
    <message>
        <source>Keep the settings and the workspace in this folder only, for example on a USB stick (a file named &quot;portable&quot; next to the program does the same with the program&apos;s folder).</source>
        <translation>Хранить настройки и рабочую область только в этой папке, например на USB-флешке (файл с именем «portable» рядом с программой делает то же с папкой программы).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Cannot make the portable folder %1.</source>
        <translation>Не удаётся создать переносную папку %1.</translation>
    </message>
    <message>
        <source>Tails without Persistent Storage: your plans and notes are kept in memory only and are gone at shutdown. Turn on Persistent Storage to keep a workspace.</source>
        <translation>Tails без постоянного хранилища: ваши маршруты и заметки хранятся только в памяти и исчезнут при выключении. Включите Persistent Storage, чтобы сохранить рабочую область.</translation>
    </message>
</context>
<context>
    <name>DatasetEditCommand</name>
    <message>
        <source>Add camera</source>
        <translation>добавление камеры</translation>
    </message>
    <message>
        <source>Move camera</source>
        <translation>перемещение камеры</translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>удаление камеры</translation>
    </message>
    <message>
        <source>Add survey area</source>
        <translation>добавление обследованного района</translation>
    </message>
    <message>
        <source>Delete survey area</source>
        <translation>удаление обследованного района</translation>
    </message>
</context>
<context>
    <name>DockTitleButtons</name>
    <message>
        <source>Close %1</source>
        <translation>Закрыть: %1</translation>
    </message>
    <message>
        <source>Hides the panel. The menu that opened it shows it again.</source>
        <translation>Скрывает панель. Меню, которым её открыли, покажет её снова.</translation>
    </message>
    <message>
        <source>Put %1 back into the main window</source>
        <translation>Вернуть в главное окно: %1</translation>
    </message>
    <message>
        <source>Detach %1 into a window of its own</source>
        <translation>Вынести в отдельное окно: %1</translation>
    </message>
    <message>
        <source>Moves the panel between a window of its own and the main window.</source>
        <translation>Переносит панель в отдельное окно и обратно в главное.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>не удаётся открыть файл (%1)</translation>
    </message>
    <message>
        <source>cannot write the file (%1); the previous version, if any, is unchanged</source>
        <translation>не удаётся записать файл (%1); предыдущая версия, если она была, не изменилась</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is larger than Blindspot accepts (limit: %1)</source>
        <translation>файл больше, чем допускает Blindspot (предел: %1)</translation>
    </message>
    <message>
        <source>this is not a file of the expected format</source>
        <translation>это файл не того формата</translation>
    </message>
    <message>
        <source>the file ends too early: it was probably cut off while copying</source>
        <translation>файл обрывается раньше времени: вероятно, он не до конца скопировался</translation>
    </message>
    <message>
        <source>the file ends too early (%1): it was probably cut off while copying</source>
        <translation>файл обрывается раньше времени (%1): вероятно, он не до конца скопировался</translation>
    </message>
    <message>
        <source>the file&apos;s content does not match its checksum: it is damaged or was altered</source>
        <translation>содержимое файла не совпадает с контрольной суммой: файл повреждён или изменён</translation>
    </message>
    <message>
        <source>the file uses format version %1, which is newer than this Blindspot understands; please update Blindspot</source>
        <translation>файл использует версию формата %1 — она новее, чем понимает эта версия Blindspot; обновите Blindspot</translation>
    </message>
    <message>
        <source>the file is malformed</source>
        <translation>файл имеет неверную структуру</translation>
    </message>
    <message>
        <source>the file is malformed: %1</source>
        <translation>файл имеет неверную структуру: %1</translation>
    </message>
    <message>
        <source>the file&apos;s data is inconsistent: %1</source>
        <translation>данные в файле противоречат друг другу: %1</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>отменено; ничего не изменилось</translation>
    </message>
    <message>
        <source>the file uses something Blindspot cannot read yet: %1</source>
        <translation>в файле есть то, что Blindspot пока не умеет читать: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <source>%1: its id does not match its position (%2)</source>
        <translation>%1: идентификатор не соответствует положению в файле (%2)</translation>
    </message>
    <message>
        <source>%1: refers to something that does not exist (%2)</source>
        <translation>%1: ссылается на несуществующий объект (%2)</translation>
    </message>
    <message>
        <source>%1: invalid coordinates (%2)</source>
        <translation>%1: неверные координаты (%2)</translation>
    </message>
    <message>
        <source>%1: value out of range (%2)</source>
        <translation>%1: значение вне допустимого диапазона (%2)</translation>
    </message>
    <message>
        <source>there was not enough memory to read the file; nothing was changed</source>
        <translation>не хватило памяти, чтобы прочитать файл; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>file over %1 bytes</source>
        <translation>файл больше %1 байт</translation>
    </message>
    <message>
        <source>feed over %1 bytes</source>
        <translation>расписание GTFS больше %1 байт</translation>
    </message>
    <message>
        <source>more than %1 bytes of XML</source>
        <translation>больше %1 байт XML</translation>
    </message>
    <message>
        <source>a tag or text of more than %1 bytes</source>
        <translation>тег или текст длиннее %1 байт</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>больше %1 элементов</translation>
    </message>
    <message>
        <source>more than %1 nodes</source>
        <translation>больше %1 узлов</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>больше %1 файлов в архиве</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>больше %1 строк</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 строк</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 объектов</translation>
    </message>
    <message>
        <source>%1 placemarks</source>
        <translation>%1 меток</translation>
    </message>
    <message>
        <source>%1 waypoints</source>
        <translation>%1 путевых точек</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 точек</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 пикселей</translation>
    </message>
    <message>
        <source>more than %1 node references and relation members for a file of %2 bytes</source>
        <translation>больше %1 ссылок на узлы и участников отношений для файла размером %2 байт</translation>
    </message>
    <message>
        <source>more than %1 records in %2 bytes</source>
        <translation>больше %1 записей на %2 байт</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of text in &quot;%2&quot;</source>
        <translation>в поле «%2» ожидалось не больше %1 байт текста</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of text in a field and %2 in a placemark</source>
        <translation>ожидалось не больше %1 байт текста в поле и %2 в метке</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of &lt;coordinates&gt;</source>
        <translation>ожидалось не больше %1 байт в &lt;coordinates&gt;</translation>
    </message>
    <message>
        <source>no memory for the XML parser</source>
        <translation>не хватило памяти для разбора XML</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>unrecognised file format</source>
        <translation>формат файла не распознан</translation>
    </message>
    <message>
        <source>camera export to %1</source>
        <translation>экспорт камер в %1</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>в архиве нет такого файла</translation>
    </message>
    <message>
        <source>entry size unknown</source>
        <translation>размер файла в архиве неизвестен</translation>
    </message>
    <message>
        <source>encrypted entry</source>
        <translation>файл в архиве зашифрован</translation>
    </message>
    <message>
        <source>entry of %1 bytes, limit %2</source>
        <translation>файл в архиве размером %1 байт, предел %2</translation>
    </message>
    <message>
        <source>compression ratio over %1:1</source>
        <translation>степень сжатия больше %1:1</translation>
    </message>
    <message>
        <source>archive expands to over %1 bytes</source>
        <translation>архив после распаковки больше %1 байт</translation>
    </message>
    <message>
        <source>archive expands to over %1 bytes (compression ratio over %2:1 for the whole archive)</source>
        <translation>архив после распаковки больше %1 байт (степень сжатия всего архива больше %2:1)</translation>
    </message>
    <message>
        <source>entry expands past its declared %1 bytes</source>
        <translation>файл в архиве после распаковки больше заявленных %1 байт</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 из %2 байт</translation>
    </message>
    <message>
        <source>trailing bytes</source>
        <translation>лишние байты в конце</translation>
    </message>
    <message>
        <source>protobuf message does not parse</source>
        <translation>не удаётся разобрать сообщение protobuf</translation>
    </message>
    <message>
        <source>street network columns differ in length</source>
        <translation>столбцы данных сети улиц имеют разную длину</translation>
    </message>
    <message>
        <source>base map columns differ in length</source>
        <translation>столбцы данных подложки имеют разную длину</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>нет набора данных</translation>
    </message>
    <message>
        <source>expected UTF-8 text</source>
        <translation>ожидался текст в UTF-8</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>expected a delimiter or a line end after a closing quote</source>
        <translation>после закрывающей кавычки ожидался разделитель или конец строки</translation>
    </message>
    <message>
        <source>the delimiter must be one ASCII character other than a quote or a line end</source>
        <translation>разделителем должен быть один символ ASCII, кроме кавычки и конца строки</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the column mapping</source>
        <translation>неизвестное поле «%1» в сопоставлении столбцов</translation>
    </message>
    <message>
        <source>no column given for field &quot;%1&quot; in the column mapping</source>
        <translation>в сопоставлении столбцов не указан столбец для поля «%1»</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (mapped to &quot;%2&quot;)</source>
        <translation>в заголовке нет столбца «%1» (он сопоставлен полю «%2»)</translation>
    </message>
    <message>
        <source>expected columns for &quot;lat&quot; and &quot;lon&quot; in the header</source>
        <translation>в заголовке ожидались столбцы для «lat» и «lon»</translation>
    </message>
    <message>
        <source>expected columns for &quot;name&quot; and &quot;line&quot; in the header of a station list</source>
        <translation>в заголовке списка станций ожидались столбцы для «name» и «line»</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>число полей: ожидалось %1, как в заголовке, найдено %2</translation>
    </message>
    <message>
        <source>expected a number in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось число</translation>
    </message>
    <message>
        <source>expected a latitude from -90 to 90 in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась широта от -90 до 90</translation>
    </message>
    <message>
        <source>expected a longitude from -180 to 180 in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась долгота от -180 до 180</translation>
    </message>
    <message>
        <source>expected a direction in degrees or compass points in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось направление в градусах или по сторонам света</translation>
    </message>
    <message>
        <source>expected an angle above 0 and up to 360 degrees in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидался угол больше 0 и не больше 360 градусов</translation>
    </message>
    <message>
        <source>expected a height from 0 to 500 metres in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась высота от 0 до 500 метров</translation>
    </message>
    <message>
        <source>expected confirmed, suspected, none, unknown, yes or no in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось одно из значений: confirmed, suspected, none, unknown, yes или no</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a whole number of observers from 1 in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось целое число наблюдателей (от 1)</translation>
    </message>
    <message>
        <source>expected a station zone (entrance_hall, turnstiles, escalator, platform, transfer_corridor, train) in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась зона станции (entrance_hall, turnstiles, escalator, platform, transfer_corridor, train)</translation>
    </message>
    <message>
        <source>expected a share from 0 to 1 (or 0% to 100%) in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась доля от 0 до 1 (или от 0% до 100%)</translation>
    </message>
    <message>
        <source>expected a station name in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось название станции</translation>
    </message>
    <message>
        <source>expected a line name in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалось название линии</translation>
    </message>
    <message>
        <source>expected a colour such as #D62728 in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидался цвет, например #D62728</translation>
    </message>
    <message>
        <source>expected no control character inside a string</source>
        <translation>внутри строки не ожидалось управляющих символов</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>после \u ожидались четыре шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>expected a valid escape sequence</source>
        <translation>ожидалась допустимая escape-последовательность</translation>
    </message>
    <message>
        <source>expected a closing quote for this string</source>
        <translation>ожидалась закрывающая кавычка этой строки</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>ожидалось значение JSON</translation>
    </message>
    <message>
        <source>expected more JSON before the end of the file</source>
        <translation>ожидалось продолжение JSON, а файл закончился</translation>
    </message>
    <message>
        <source>expected nothing after the end of the JSON document</source>
        <translation>после конца документа JSON ничего не ожидалось</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>после ключа объекта ожидалось «:»</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>ожидалось «,» или «}»</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>ожидалось «,» или «]»</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>ожидался строковый ключ</translation>
    </message>
    <message>
        <source>expected a string key or &apos;}&apos;</source>
        <translation>ожидался строковый ключ или «}»</translation>
    </message>
    <message>
        <source>expected less deeply nested arrays and objects</source>
        <translation>массивы и объекты вложены слишком глубоко</translation>
    </message>
    <message>
        <source>expected numbers that fit in 64 bits</source>
        <translation>ожидались числа, которые помещаются в 64 бита</translation>
    </message>
    <message>
        <source>expected an array of features</source>
        <translation>ожидался массив объектов</translation>
    </message>
    <message>
        <source>expected a GeoJSON FeatureCollection or Feature</source>
        <translation>ожидался объект GeoJSON типа FeatureCollection или Feature</translation>
    </message>
    <message>
        <source>expected a string in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидалась строка</translation>
    </message>
    <message>
        <source>expected an object in &quot;%1&quot;</source>
        <translation>в поле «%1» ожидался объект</translation>
    </message>
    <message>
        <source>expected a feature object</source>
        <translation>ожидался объект Feature</translation>
    </message>
    <message>
        <source>expected arrays of positions [longitude, latitude] in &quot;coordinates&quot;</source>
        <translation>в «coordinates» ожидались массивы точек [долгота, широта]</translation>
    </message>
    <message>
        <source>expected a position [longitude, latitude] in &quot;coordinates&quot;</source>
        <translation>в «coordinates» ожидалась точка [долгота, широта]</translation>
    </message>
    <message>
        <source>expected a &quot;type&quot; string in the geometry</source>
        <translation>в geometry ожидалась строка «type»</translation>
    </message>
    <message>
        <source>expected &quot;coordinates&quot; in the geometry</source>
        <translation>в geometry ожидалось поле «coordinates»</translation>
    </message>
    <message>
        <source>expected &quot;coordinates&quot; that fit the geometry&apos;s type</source>
        <translation>ожидалось поле «coordinates», подходящее к типу geometry</translation>
    </message>
    <message>
        <source>expected a ring of positions in &quot;coordinates&quot;</source>
        <translation>в «coordinates» ожидался контур из точек</translation>
    </message>
    <message>
        <source>expected a longitude from -180 to 180 and a latitude from -90 to 90 in &quot;coordinates&quot;</source>
        <translation>в «coordinates» ожидались долгота от -180 до 180 и широта от -90 до 90</translation>
    </message>
    <message>
        <source>expected a ring of at least 3 positions</source>
        <translation>ожидался контур не меньше чем из 3 точек</translation>
    </message>
    <message>
        <source>expected longitude,latitude[,altitude] within range in &lt;coordinates&gt;</source>
        <translation>в &lt;coordinates&gt; ожидались долгота,широта[,высота] в допустимых пределах</translation>
    </message>
    <message>
        <source>expected a .kml file inside the KMZ archive</source>
        <translation>в архиве KMZ ожидался файл .kml</translation>
    </message>
    <message>
        <source>expected a &lt;kml&gt; document</source>
        <translation>ожидался документ &lt;kml&gt;</translation>
    </message>
    <message>
        <source>expected a &lt;gpx&gt; document</source>
        <translation>ожидался документ &lt;gpx&gt;</translation>
    </message>
    <message>
        <source>it holds %1 track(s) or route(s) and no waypoints: a path, not cameras; evaluate it with blindspot-cli exposure --track</source>
        <translation>в нём треков или маршрутов: %1, а путевых точек нет: это путь, а не камеры; оцените его командой blindspot-cli exposure --track</translation>
    </message>
    <message>
        <source>expected lat and lon attributes within range in &lt;wpt&gt;</source>
        <translation>в &lt;wpt&gt; ожидались атрибуты lat и lon в допустимых пределах</translation>
    </message>
    <message>
        <source>a point needs lat and lon in degrees (WGS84)</source>
        <translation>у точки должны быть lat и lon в градусах (WGS84)</translation>
    </message>
    <message>
        <source>coordinates must be [longitude, latitude] in degrees</source>
        <translation>значения coordinates должны иметь вид [долгота, широта] в градусах</translation>
    </message>
    <message>
        <source>a track needs at least two points (GPX trkpt or rtept, GeoJSON LineString)</source>
        <translation>в треке должно быть не меньше двух точек (trkpt или rtept в GPX, LineString в GeoJSON)</translation>
    </message>
    <message>
        <source>text after the final END</source>
        <translation>текст после завершающего END</translation>
    </message>
    <message>
        <source>no ring before the final END</source>
        <translation>перед завершающим END нет ни одного контура</translation>
    </message>
    <message>
        <source>a ring needs at least three points, this has %1</source>
        <translation>в контуре должно быть не меньше трёх точек, а в этом — %1</translation>
    </message>
    <message>
        <source>expected &quot;longitude latitude&quot; or END</source>
        <translation>ожидалось «долгота широта» или END</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is not a number</source>
        <translation>долгота «%1» — не число</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is not a number</source>
        <translation>широта «%1» — не число</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>долгота %1 вне диапазона -180..180</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>широта %1 вне диапазона -90..90</translation>
    </message>
    <message>
        <source>the ring begun on line %1 has no END</source>
        <translation>у контура, начатого в строке %1, нет END</translation>
    </message>
    <message>
        <source>no final END</source>
        <translation>нет завершающего END</translation>
    </message>
    <message>
        <source>&lt;%1&gt; without a numeric id</source>
        <translation>&lt;%1&gt; без числового id</translation>
    </message>
    <message>
        <source>&lt;node&gt; with an invalid lat or lon</source>
        <translation>&lt;node&gt; с неверным значением lat или lon</translation>
    </message>
    <message>
        <source>root element &lt;%1&gt;, expected &lt;osm&gt; or &lt;osmChange&gt;</source>
        <translation>корневой элемент &lt;%1&gt;, а ожидался &lt;osm&gt; или &lt;osmChange&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; without a version attribute</source>
        <translation>&lt;%1&gt; без атрибута version</translation>
    </message>
    <message>
        <source>OSM XML version %1, only 0.6 is read</source>
        <translation>OSM XML версии %1, поддерживается только 0.6</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>неизвестный элемент &lt;%1&gt; в &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in a change section</source>
        <translation>неизвестный элемент &lt;%1&gt; в разделе изменений</translation>
    </message>
    <message>
        <source>&lt;tag&gt; without k or v</source>
        <translation>&lt;tag&gt; без k или v</translation>
    </message>
    <message>
        <source>&lt;nd&gt; without a numeric ref</source>
        <translation>&lt;nd&gt; без числового ref</translation>
    </message>
    <message>
        <source>&lt;member&gt; type must be node, way or relation</source>
        <translation>type в &lt;member&gt; должен быть node, way или relation</translation>
    </message>
    <message>
        <source>&lt;member&gt; without a numeric ref</source>
        <translation>&lt;member&gt; без числового ref</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; where none is allowed</source>
        <translation>элемент &lt;%1&gt; там, где элементы не допускаются</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>объявления сущностей XML не допускаются</translation>
    </message>
    <message>
        <source>BlobHeader without a type</source>
        <translation>BlobHeader без типа</translation>
    </message>
    <message>
        <source>location out of range</source>
        <translation>координаты вне допустимого диапазона</translation>
    </message>
    <message>
        <source>missing column %1</source>
        <translation>нет столбца %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>полей в строке: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>required file missing</source>
        <translation>нет обязательного файла</translation>
    </message>
    <message>
        <source>no stops.txt or routes.txt</source>
        <translation>нет ни stops.txt, ни routes.txt</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>пустое значение %1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <source>%1 %2 appears twice</source>
        <translation>%1 %2 встречается дважды</translation>
    </message>
    <message>
        <source>%1 %2 is not in stops.txt</source>
        <translation>в stops.txt нет %1 %2</translation>
    </message>
    <message>
        <source>location_type must be 0 to 4</source>
        <translation>значение location_type должно быть от 0 до 4</translation>
    </message>
    <message>
        <source>time is not HH:MM:SS</source>
        <translation>время не в формате HH:MM:SS</translation>
    </message>
    <message>
        <source>stop_lat must be a number from -90 to 90</source>
        <translation>значение stop_lat должно быть числом от -90 до 90</translation>
    </message>
    <message>
        <source>stop_lon must be a number from -180 to 180</source>
        <translation>значение stop_lon должно быть числом от -180 до 180</translation>
    </message>
    <message>
        <source>min_transfer_time is not a number of seconds</source>
        <translation>значение min_transfer_time — не число секунд</translation>
    </message>
    <message>
        <source>%1: camera ids must ascend, each used once (%2)</source>
        <translation>%1: идентификаторы камер должны идти по возрастанию, каждый один раз (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;%2&quot;</source>
        <translation>«%1» должно быть «%2»</translation>
    </message>
    <message>
        <source>unsupported &quot;%1&quot;</source>
        <translation>не поддерживается: «%1»</translation>
    </message>
    <message>
        <source>expected a JSON object of parameter overrides</source>
        <translation>ожидался JSON-объект с изменёнными параметрами</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is missing</source>
        <translation>нет параметра «%1»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no source</source>
        <translation>у параметра «%1» не указан источник</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a number or an object</source>
        <translation>параметр «%1» должен быть числом или объектом</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be a number</source>
        <translation>параметр «%1»: «%2» должно быть числом</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be true or false</source>
        <translation>параметр «%1»: «%2» должно быть true или false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: unknown field &quot;%2&quot;</source>
        <translation>параметр «%1»: неизвестное поле «%2»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2 is not a possible value</source>
        <translation>параметр «%1»: %2 — недопустимое значение</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: min %2 is above max %3</source>
        <translation>параметр «%1»: минимум %2 больше максимума %3</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: value %2 is outside its range [%3, %4]</source>
        <translation>параметр «%1»: значение %2 вне допустимого диапазона [%3, %4]</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный профиль «%1» (известны: %2)</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный контекст «%1» (известны: %2)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is missing</source>
        <translation>нет контекста «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2</source>
        <translation>«%1» должно быть целым числом не меньше %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>неизвестный ключ «%1» (ожидался один из: %2)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>нет «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>«%1» должно быть непустой строкой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«%1» должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>«%1» должно быть массивом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«%1» должно быть числом от %2 до %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>«%1» должно быть одним из: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with a text in each of: %2</source>
        <translation>«%1» должно быть объектом с текстом на каждом из языков: %2</translation>
    </message>
    <message>
        <source>expected an object with a text in each of: %1</source>
        <translation>ожидался объект с текстом на каждом из языков: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;%2&quot; text</source>
        <translation>в «%1» нет текста «%2»</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; has no &quot;%3&quot; text</source>
        <translation>в элементе %1 из «%2» нет текста «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 entries</source>
        <translation>в «%1» нужно не меньше %2 элементов</translation>
    </message>
    <message>
        <source>entries of &quot;%1&quot; must be non-empty strings</source>
        <translation>элементы «%1» должны быть непустыми строками</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only applies to &quot;%2&quot;: &quot;%3&quot;</source>
        <extracomment>A key of the file applies only when another key has a given value, e.g. &quot;budget_factor&quot; only applies to &quot;plan&quot;: &quot;least_exposed&quot;.</extracomment>
        <translation>«%1» относится только к «%2»: «%3»</translation>
    </message>
    <message>
        <source>unknown day profile &quot;%1&quot; (expected one of: %2)</source>
        <translation>неизвестный тип дня «%1» (ожидался один из: %2)</translation>
    </message>
    <message>
        <source>a choice needs at least two options: it is a trade-off</source>
        <translation>у выбора должно быть не меньше двух вариантов: это всегда компромисс</translation>
    </message>
    <message>
        <source>a scenario needs at least one choice</source>
        <translation>в сценарии должен быть хотя бы один выбор</translation>
    </message>
    <message>
        <source>option id &quot;%1&quot; is used twice in this choice</source>
        <translation>идентификатор варианта «%1» встречается в этом выборе дважды</translation>
    </message>
    <message>
        <source>choice id &quot;%1&quot; is used twice</source>
        <translation>идентификатор выбора «%1» встречается дважды</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>неизвестный шаг «%1»</translation>
    </message>
    <message>
        <source>unknown activity &quot;%1&quot;</source>
        <translation>неизвестное упражнение «%1»</translation>
    </message>
    <message>
        <source>activity &quot;%1&quot; needs a &quot;%2&quot;</source>
        <translation>для упражнения «%1» нужно «%2»</translation>
    </message>
    <message>
        <source>unknown strength &quot;%1&quot;</source>
        <translation>неизвестная сила доказательства «%1»</translation>
    </message>
    <message>
        <source>no statements</source>
        <translation>нет утверждений</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot;</source>
        <translation>неизвестная станция «%1»</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot; (did you mean: %2?)</source>
        <translation>неизвестная станция «%1» (может быть, %2?)</translation>
    </message>
    <message>
        <source>station &quot;%1&quot; has no entrance &quot;%2&quot; (it has: %3)</source>
        <translation>у станции «%1» нет входа «%2» (есть: %3)</translation>
    </message>
    <message>
        <source>expected %1 lines</source>
        <translation>ожидалось строк: %1</translation>
    </message>
    <message>
        <source>a comment of more than %1 bytes</source>
        <translation>комментарий длиннее %1 байт</translation>
    </message>
    <message>
        <source>expected a line beginning with &quot;%1&quot;</source>
        <translation>ожидалась строка, начинающаяся с «%1»</translation>
    </message>
    <message>
        <source>expected a base64 public key of %1 bytes</source>
        <translation>ожидался открытый ключ в base64 длиной %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 secret key of %1 bytes</source>
        <translation>ожидался секретный ключ в base64 длиной %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 signature of %1 bytes</source>
        <translation>ожидалась подпись в base64 длиной %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 global signature of %1 bytes</source>
        <translation>ожидалась общая подпись в base64 длиной %1 байт</translation>
    </message>
    <message>
        <source>an unknown signature algorithm</source>
        <translation>неизвестный алгоритм подписи</translation>
    </message>
    <message>
        <source>an unknown checksum function</source>
        <translation>неизвестная функция контрольной суммы</translation>
    </message>
    <message>
        <source>an unknown key derivation function</source>
        <translation>неизвестная функция получения ключа</translation>
    </message>
    <message>
        <source>a key derivation cost outside the range Blindspot accepts</source>
        <translation>сложность получения ключа вне диапазона, который принимает Blindspot</translation>
    </message>
    <message>
        <source>a key derivation cost above twice minisign&apos;s</source>
        <translation>сложность получения ключа больше двойной сложности minisign</translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation>версия формата %1</translation>
    </message>
    <message>
        <source>reserved bytes are not zero</source>
        <translation>зарезервированные байты не равны нулю</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation>неверное заполнение</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>файл с таким именем уже есть</translation>
    </message>
    <message>
        <source>no usable face detection models in %1 (Debian package opencv-data)</source>
        <translation>в %1 нет пригодных моделей распознавания лиц (пакет Debian opencv-data)</translation>
    </message>
    <message>
        <source>not installed (Debian package opencv-data)</source>
        <translation>не установлено (пакет Debian opencv-data)</translation>
    </message>
    <message>
        <source>not a cascade OpenCV can load</source>
        <translation>это не каскад, который может загрузить OpenCV</translation>
    </message>
    <message>
        <source>the photo could not be encoded</source>
        <translation>не удалось закодировать фотографию</translation>
    </message>
    <message>
        <source>the density raster could not be built</source>
        <translation>не удалось построить карту плотности</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>не удалось записать PNG</translation>
    </message>
    <message>
        <source>the base map</source>
        <translation>подложка карты</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>станция %1</translation>
    </message>
    <message>
        <source>transfer complex %1</source>
        <translation>пересадочный узел %1</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>вход %1</translation>
    </message>
    <message>
        <source>station zone %1</source>
        <translation>зона станции %1</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>связь %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>камера %1</translation>
    </message>
    <message>
        <source>survey area %1</source>
        <translation>обследованный район %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>расхождение %1</translation>
    </message>
    <message>
        <source>street node %1</source>
        <translation>узел улиц %1</translation>
    </message>
    <message>
        <source>street segment %1</source>
        <translation>участок улицы %1</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Cannot write the handout to %1.</source>
        <translation>Не удалось записать раздаточный материал в %1.</translation>
    </message>
    <message>
        <source>This option has no route to print.</source>
        <translation>У этого варианта нет маршрута, который можно распечатать.</translation>
    </message>
    <message>
        <source>Cannot plan the route card: %1</source>
        <translation>Не удалось построить маршрут для карточки: %1</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Face recognition confirmed</source>
        <translation>Распознавание лиц подтверждено</translation>
    </message>
    <message>
        <source>Face recognition suspected</source>
        <translation>Распознавание лиц предполагается</translation>
    </message>
    <message>
        <source>No face recognition</source>
        <translation>Без распознавания лиц</translation>
    </message>
    <message>
        <source>Unknown: no data, not safe, not dangerous</source>
        <translation>Неизвестно: нет данных — это не значит ни «безопасно», ни «опасно»</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Fixed camera</source>
        <translation>Стационарная камера</translation>
    </message>
    <message>
        <source>Dome camera</source>
        <translation>Купольная камера</translation>
    </message>
    <message>
        <source>Pan-tilt-zoom camera</source>
        <translation>Поворотная камера с зумом (PTZ)</translation>
    </message>
    <message>
        <source>Turnstile camera (Face Pay)</source>
        <translation>Камера на турникете (Face Pay)</translation>
    </message>
    <message>
        <source>Kind not known</source>
        <translation>Тип неизвестен</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>На стене</translation>
    </message>
    <message>
        <source>Pole</source>
        <translation>На столбе</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>На потолке</translation>
    </message>
    <message>
        <source>Other mount</source>
        <translation>Другое крепление</translation>
    </message>
    <message>
        <source>Mount not known</source>
        <translation>Крепление неизвестно</translation>
    </message>
    <message>
        <source>Entrance hall</source>
        <translation>Вестибюль</translation>
    </message>
    <message>
        <source>Turnstiles</source>
        <translation>Турникеты</translation>
    </message>
    <message>
        <source>Escalators</source>
        <translation>Эскалаторы</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Transfer corridor</source>
        <translation>Пересадочный переход</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>Поезда</translation>
    </message>
    <message>
        <source>Edited locally</source>
        <translation>Изменено на этом компьютере</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Источник без названия</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>нет координат</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Линия: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Линия %1: %2</translation>
    </message>
    <message>
        <source>%1 cameras reported</source>
        <translation>камер по сообщениям: %1</translation>
    </message>
    <message>
        <source>%1 cameras mapped</source>
        <translation>камер на карте: %1</translation>
    </message>
    <message>
        <source>number of cameras not known</source>
        <translation>число камер неизвестно</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>%1: %2 cameras mapped</source>
        <translation>%1 — камер на карте: %2</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зоны:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>Entrances: none mapped</source>
        <translation>Входы: на карте их нет</translation>
    </message>
    <message>
        <source>Entrances (%1): %2 and more</source>
        <translation>Входы (%1): %2 и другие</translation>
    </message>
    <message>
        <source>Entrances (%1): %2</source>
        <translation>Входы (%1): %2</translation>
    </message>
    <message>
        <source>Sources: none for this station</source>
        <translation>Источники: для этой станции их нет</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>face recognition</source>
        <translation>распознавание лиц</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>field of view</source>
        <translation>угол обзора</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>крепление</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>предположительно</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Карта без названия</translation>
    </message>
    <message>
        <source>Novoe Zerkalo</source>
        <translation>Новое Зеркало</translation>
    </message>
    <message>
        <source>Fictional data generated by Blindspot</source>
        <translation>Вымышленные данные, созданные Blindspot</translation>
    </message>
</context>
<context>
    <name>RiskWording</name>
    <message>
        <source>unlikely</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <source>about as likely as not</source>
        <translation>примерно равные шансы</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>очень вероятно</translation>
    </message>
    <message>
        <source>%1 (about %2 of 10 trips)</source>
        <translation>%1 (примерно %2 из 10 поездок)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10 trips, most likely %4)</source>
        <translation>%1 (%2-%3 из 10 поездок, скорее всего %4)</translation>
    </message>
    <message>
        <source>Of 10 trips like this by someone the system is looking for, on an alert day (announced protests, holidays).</source>
        <translation>Из 10 таких поездок человека, которого ищет система, в день усиленного контроля (объявленные протесты, праздники).</translation>
    </message>
    <message>
        <source>Of 10 trips like this by someone the system is looking for, on an ordinary day.</source>
        <translation>Из 10 таких поездок человека, которого ищет система, в обычный день.</translation>
    </message>
    <message>
        <source>Little data: most of this estimate rests on assumptions where nobody reported cameras (no data is not safe, not dangerous).</source>
        <translation>Мало данных: эта оценка в основном опирается на предположения о местах, где никто не сообщал о камерах (нет данных — это не значит ни «безопасно», ни «опасно»).</translation>
    </message>
    <message>
        <source>Some data: about %1 of 10 parts of this estimate rest on assumptions where nobody reported cameras.</source>
        <translation>Данные неполные: примерно %1 из 10 частей этой оценки опираются на предположения о местах, где никто не сообщал о камерах.</translation>
    </message>
    <message>
        <source>Mapped data: most of this estimate rests on reported cameras.</source>
        <translation>Данные с карты: эта оценка в основном опирается на камеры, о которых сообщали.</translation>
    </message>
    <message>
        <source>Identified in fewer than 1 of 10 trips</source>
        <translation>Вас опознают реже чем в 1 из 10 поездок</translation>
    </message>
    <message>
        <source>Identified in about %1 of 10 trips</source>
        <translation>Вас опознают примерно в %1 из 10 поездок</translation>
    </message>
    <message>
        <source>fewer than 1 of 10 trips</source>
        <translation>меньше 1 из 10 поездок</translation>
    </message>
    <message>
        <source>about %1 of 10 trips</source>
        <translation>примерно %1 из 10 поездок</translation>
    </message>
    <message>
        <source>%1 (%2 of 10)</source>
        <translation>%1 (%2 из 10)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10)</source>
        <translation>%1 (%2-%3 из 10)</translation>
    </message>
    <message>
        <source>%1 (fewer than 1 of 10 trips)</source>
        <translation>%1 (меньше чем в 1 из 10 поездок)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10 trips, most likely fewer than 1)</source>
        <translation>%1 (%2-%3 из 10 поездок, скорее всего меньше 1)</translation>
    </message>
    <message>
        <source>%1 (fewer than 1 of 10)</source>
        <translation>%1 (меньше 1 из 10)</translation>
    </message>
</context>
<context>
    <name>RouteCardPrinter</name>
    <message>
        <source>Route card: %1</source>
        <translation>Карточка маршрута: %1</translation>
    </message>
    <message>
        <source>FICTIONAL TRAINING DATA: this is not a real city. Do not use this card for a real trip.</source>
        <translation>ВЫМЫШЛЕННЫЕ УЧЕБНЫЕ ДАННЫЕ: это не настоящий город. Не используйте эту карточку для настоящей поездки.</translation>
    </message>
    <message>
        <source>%1 · Transfers: %2 · Face-recognition cameras passed: %3</source>
        <translation>%1 · Пересадок: %2 · Камер с распознаванием лиц на пути: %3</translation>
    </message>
    <message>
        <source>a medical mask</source>
        <translation>медицинская маска</translation>
    </message>
    <message>
        <source>dark sunglasses</source>
        <translation>тёмные солнцезащитные очки</translation>
    </message>
    <message>
        <source>a cap</source>
        <translation>кепка</translation>
    </message>
    <message>
        <source>What-if assumed: %1 (never a promise of safety).</source>
        <translation>Предположение «что если»: %1 (это не обещание безопасности).</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>(What-if, never a promise of safety.)</source>
        <translation>(Предположение «что если», а не обещание безопасности.)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Map data: %1, version %2, created %3. Publisher: %4. Licence: %5. %6</source>
        <translation>Данные карты: %1, версия %2, созданы %3. Издатель: %4. Лицензия: %5. %6</translation>
    </message>
    <message>
        <source>%1 (retrieved %2)</source>
        <translation>%1 (получено %2)</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, лицензия %2</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Источники: %1.</translation>
    </message>
    <message>
        <source>Route card</source>
        <translation>Карточка маршрута</translation>
    </message>
    <message>
        <source>Cannot write the route card to %1.</source>
        <translation>Не удалось записать карточку маршрута в %1.</translation>
    </message>
    <message>
        <source>Cannot write the route card to %1: %2</source>
        <translation>Не удалось записать карточку маршрута в %1: %2</translation>
    </message>
    <message>
        <source>Nothing Blindspot tried lowers the chance on this trip.</source>
        <translation>Ни один из вариантов, которые проверил Blindspot, не снижает вероятность для этой поездки.</translation>
    </message>
    <message>
        <source>Icons: 10 trips; filled: identified (most likely), striped: the uncertain range, empty: not identified. Map: A start, B end, numbers where most of the risk is; darker steps are likelier to identify; walking is dashed; grey stripes: no data.</source>
        <translation>Значки: 10 поездок; закрашенные — опознают (самый вероятный исход), штрихованные — диапазон неопределённости, пустые — не опознают. Карта: A — начало, B — конец, цифры — где основная часть риска; чем темнее шаг, тем вероятнее опознание; пешие участки — пунктиром; серые полосы — нет данных.</translation>
    </message>
    <message>
        <source>How the numbers are made and what they leave out: the methodology, in Blindspot under &quot;How these numbers are made&quot; in the route details. Made with Blindspot, which works offline.</source>
        <translation>Как получены эти числа и чего они не учитывают — в методике: в Blindspot, в подробностях маршрута, раздел «Как получены эти числа». Сделано в Blindspot, который работает офлайн.</translation>
    </message>
</context>
<context>
    <name>RouteOverlay</name>
    <message>
        <source>A</source>
        <comment>start of the route on the map</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <comment>end of the route on the map</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>&lt;1 of 10</source>
        <comment>a route step&apos;s own chance on the map: fewer than 1 of 10 trips like this are identified at this step</comment>
        <translation>&lt;1 из 10</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <comment>a route step&apos;s own chance on the map: this many of 10 trips like this are identified at this step</comment>
        <translation>%1 из 10</translation>
    </message>
    <message>
        <source>%1-%2 of 10</source>
        <comment>a route step&apos;s own chance on the map: between this many of 10 trips like this are identified at this step</comment>
        <translation>%1-%2 из 10</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>your start point</source>
        <translation>место отправления</translation>
    </message>
    <message>
        <source>your destination</source>
        <translation>место назначения</translation>
    </message>
    <message>
        <source>the point %1, %2</source>
        <translation>точка %1, %2</translation>
    </message>
    <message>
        <source>%1, entrance %2</source>
        <translation>%1, вход %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>линия %1 (%2)</translation>
    </message>
    <message>
        <source>Walk %1 from %2 to %3</source>
        <translation>Пройдите пешком %1: %2 → %3</translation>
    </message>
    <message>
        <source>Enter %1 by entrance %2 (hall, turnstiles, escalator)</source>
        <translation>Войдите на станцию %1 через вход %2 (вестибюль, турникеты, эскалатор)</translation>
    </message>
    <message>
        <source>Enter %1 (hall, turnstiles, escalator)</source>
        <translation>Войдите на станцию %1 (вестибюль, турникеты, эскалатор)</translation>
    </message>
    <message>
        <source>Ride %1 from %2 to %3, stops: %4</source>
        <translation>Поезжайте: %1, %2 → %3, остановок: %4</translation>
    </message>
    <message>
        <source>Change at %1 to %2</source>
        <translation>Пересядьте на станции %1, дальше — %2</translation>
    </message>
    <message>
        <source>Leave %1 by exit %2 (escalator, hall)</source>
        <translation>Выйдите со станции %1 через выход %2 (эскалатор, вестибюль)</translation>
    </message>
    <message>
        <source>Leave %1 (escalator, hall)</source>
        <translation>Выйдите со станции %1 (эскалатор, вестибюль)</translation>
    </message>
    <message>
        <source>entrance hall</source>
        <translation>вестибюль</translation>
    </message>
    <message>
        <source>turnstiles</source>
        <translation>турникеты</translation>
    </message>
    <message>
        <source>escalator</source>
        <translation>эскалатор</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <source>transfer corridor</source>
        <translation>пересадочный переход</translation>
    </message>
    <message>
        <source>train cars</source>
        <translation>вагоны</translation>
    </message>
    <message>
        <source>face recognition confirmed</source>
        <translation>распознавание лиц подтверждено</translation>
    </message>
    <message>
        <source>face recognition suspected</source>
        <translation>распознавание лиц предполагается</translation>
    </message>
    <message>
        <source>no face recognition</source>
        <translation>без распознавания лиц</translation>
    </message>
    <message>
        <source>face recognition unknown (no data)</source>
        <translation>распознавание лиц: неизвестно (нет данных)</translation>
    </message>
    <message>
        <source>a mapped camera (no. %1), %2</source>
        <translation>камера на карте (№ %1), %2</translation>
    </message>
    <message>
        <source>cameras nobody mapped (an estimate from camera density)</source>
        <translation>камеры, которые никто не нанёс на карту (оценка по плотности камер)</translation>
    </message>
    <message>
        <source>the walk from %1 to %2 (cameras nobody mapped)</source>
        <translation>пеший путь %1 → %2 (камеры, которые никто не нанёс на карту)</translation>
    </message>
    <message>
        <source>the walk from %1 to %2</source>
        <translation>пеший путь %1 → %2</translation>
    </message>
    <message>
        <source>the entrance hall of %1</source>
        <translation>вестибюль станции %1</translation>
    </message>
    <message>
        <source>the turnstiles of %1</source>
        <translation>турникеты станции %1</translation>
    </message>
    <message>
        <source>the escalators of %1</source>
        <translation>эскалаторы станции %1</translation>
    </message>
    <message>
        <source>the platform of %1</source>
        <translation>платформа станции %1</translation>
    </message>
    <message>
        <source>the transfer corridor of %1</source>
        <translation>пересадочный переход станции %1</translation>
    </message>
    <message>
        <source>the trains at %1</source>
        <translation>поезда на станции %1</translation>
    </message>
    <message>
        <source>the train on %1 from %2 to %3</source>
        <translation>поезд (%1): %2 → %3</translation>
    </message>
    <message>
        <source>walk %1</source>
        <translation>пешком %1</translation>
    </message>
    <message>
        <source>in at %1</source>
        <translation>вход: %1</translation>
    </message>
    <message>
        <source>change at %1</source>
        <translation>пересадка: %1</translation>
    </message>
    <message>
        <source>out at %1</source>
        <translation>выход: %1</translation>
    </message>
    <message>
        <source>Walk all the way (%1)</source>
        <translation>Весь путь пешком (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>about as long</source>
        <translation>примерно столько же</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>на %1 дольше</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>на %1 быстрее</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;мин</translation>
    </message>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;ч %2&#xa0;мин</translation>
    </message>
    <message>
        <source>%1&#xa0;m</source>
        <translation>%1&#xa0;м</translation>
    </message>
    <message>
        <source>%1&#xa0;km</source>
        <translation>%1&#xa0;км</translation>
    </message>
    <message>
        <source>%1: no count reported, about 1 more camera assumed</source>
        <translation>%1: число камер не сообщалось, предполагается ещё около 1 камеры</translation>
    </message>
    <message>
        <source>%1: no count reported, about %2 more cameras assumed</source>
        <translation>%1: число камер не сообщалось, предполагается ещё около %2</translation>
    </message>
    <message>
        <source>%1: 1 reported camera not on the map</source>
        <translation>%1: 1 камера, о которой сообщили, не нанесена на карту</translation>
    </message>
    <message>
        <source>%1: %2 reported cameras not on the map</source>
        <translation>%1: камеры, о которых сообщили, но которых нет на карте: %2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>unknown distance</source>
        <translation>расстояние неизвестно</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;с</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Good looks at your face for a face-recognition system: fewer than 1 on average (%1)</source>
        <translation>Удачных снимков вашего лица для системы распознавания: в среднем меньше 1 (%1)</translation>
    </message>
    <message>
        <source>Good looks at your face for a face-recognition system: about %1 (%2)</source>
        <translation>Удачных снимков вашего лица для системы распознавания: около %1 (%2)</translation>
    </message>
    <message>
        <source>Face-recognition checkpoints passed (turnstile lines): %1</source>
        <translation>Пунктов контроля с распознаванием лиц (линий турникетов): %1</translation>
    </message>
    <message>
        <source>Time in view of mapped cameras: %1 (of cameras with face recognition: %2)</source>
        <translation>Время в поле зрения камер с карты: %1 (из них камер с распознаванием лиц: %2)</translation>
    </message>
    <message>
        <source>Time in view of mapped cameras: %1</source>
        <translation>Время в поле зрения камер с карты: %1</translation>
    </message>
    <message>
        <source>Walking in view of a mapped camera: under 5 % of %1</source>
        <translation>Пешком в поле зрения камер с карты: меньше 5 % из %1</translation>
    </message>
    <message>
        <source>Walking in view of a mapped camera: about %1 % of %2</source>
        <translation>Пешком в поле зрения камер с карты: около %1 % из %2</translation>
    </message>
    <message>
        <source>Mapped cameras that have you in view: %1</source>
        <translation>Камер с карты, в поле зрения которых вы попадаете: %1</translation>
    </message>
    <message>
        <source>The range is wide partly because nobody has surveyed %1 of the walking: cameras there are estimated from their usual density. A survey of those streets would narrow it.</source>
        <translation>Разброс широкий отчасти потому, что %1 пешего пути никто не обследовал: камеры там оценены по их обычной плотности. Обследование этих улиц сузило бы разброс.</translation>
    </message>
    <message>
        <source>Your start, %1, is also on your list to avoid: the routes start in the street there and do not use it.</source>
        <translation>Место отправления, %1, тоже в списке того, что вы избегаете: маршруты начинаются рядом, на улице, и не проходят через него.</translation>
    </message>
    <message>
        <source>Your destination, %1, is also on your list to avoid: the routes end in the street there and do not use it.</source>
        <translation>Место назначения, %1, тоже в списке того, что вы избегаете: маршруты заканчиваются рядом, на улице, и не проходят через него.</translation>
    </message>
    <message>
        <source>This map does not say which city or surveillance system it describes, so Blindspot uses wide priors for an unknown region, not Moscow&apos;s: cameras of unknown status may or may not feed face recognition. Whoever keeps the map can set its context in Edit &gt; Surveillance context.</source>
        <translation>В этой карте не сказано, какой город или какую систему наблюдения она описывает, поэтому Blindspot берёт широкие допущения для неизвестного региона, а не московские: камеры с неизвестным статусом могут передавать изображение в систему распознавания лиц, а могут и не передавать. Тот, кто ведёт карту, может указать её контекст в меню «Правка &gt; Контекст наблюдения».</translation>
    </message>
    <message>
        <source>The path: %1, about %2 on foot</source>
        <translation>Путь: %1, около %2 пешком</translation>
    </message>
    <message>
        <source>camera %1 (%2): in view from %3 (%4) into the walk for %5, as close as %6</source>
        <translation>камера %1 (%2): в поле зрения с %3 (%4) от начала пути в течение %5, ближе всего — %6</translation>
    </message>
    <message>
        <source>This path lies outside the area the map covers: no mapped camera is near it. Its chance comes only from the cameras assumed on streets nobody surveyed, which is not the same as no cameras.</source>
        <translation>Этот путь лежит за пределами территории, которую охватывает карта: рядом с ним нет камер с карты. Вероятность опознания здесь основана только на камерах, которые предполагаются на улицах, никем не обследованных, а это не то же самое, что отсутствие камер.</translation>
    </message>
    <message>
        <source>No mapped camera has this path in view. Its chance comes from the cameras assumed on streets nobody surveyed; the map may also miss cameras.</source>
        <translation>Ни одна камера с карты не видит этот путь. Вероятность опознания здесь основана на камерах, которые предполагаются на улицах, никем не обследованных; кроме того, на карте могут быть не все камеры.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>station, entrance</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>выход %1</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>вход %1</translation>
    </message>
    <message>
        <source>north</source>
        <comment>side of a station</comment>
        <translation>северный</translation>
    </message>
    <message>
        <source>north-east</source>
        <comment>side of a station</comment>
        <translation>северо-восточный</translation>
    </message>
    <message>
        <source>east</source>
        <comment>side of a station</comment>
        <translation>восточный</translation>
    </message>
    <message>
        <source>south-east</source>
        <comment>side of a station</comment>
        <translation>юго-восточный</translation>
    </message>
    <message>
        <source>south</source>
        <comment>side of a station</comment>
        <translation>южный</translation>
    </message>
    <message>
        <source>south-west</source>
        <comment>side of a station</comment>
        <translation>юго-западный</translation>
    </message>
    <message>
        <source>west</source>
        <comment>side of a station</comment>
        <translation>западный</translation>
    </message>
    <message>
        <source>north-west</source>
        <comment>side of a station</comment>
        <translation>северо-западный</translation>
    </message>
    <message>
        <source>the exit</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>the entrance</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>%1 exit</source>
        <comment>north-east exit</comment>
        <translation>%1 выход</translation>
    </message>
    <message>
        <source>%1 entrance</source>
        <comment>north-east entrance</comment>
        <translation>%1 вход</translation>
    </message>
    <message>
        <source>north</source>
        <comment>heading</comment>
        <translation>север</translation>
    </message>
    <message>
        <source>north-east</source>
        <comment>heading</comment>
        <translation>северо-восток</translation>
    </message>
    <message>
        <source>east</source>
        <comment>heading</comment>
        <translation>восток</translation>
    </message>
    <message>
        <source>south-east</source>
        <comment>heading</comment>
        <translation>юго-восток</translation>
    </message>
    <message>
        <source>south</source>
        <comment>heading</comment>
        <translation>юг</translation>
    </message>
    <message>
        <source>south-west</source>
        <comment>heading</comment>
        <translation>юго-запад</translation>
    </message>
    <message>
        <source>west</source>
        <comment>heading</comment>
        <translation>запад</translation>
    </message>
    <message>
        <source>north-west</source>
        <comment>heading</comment>
        <translation>северо-запад</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>красная линия</translation>
    </message>
    <message>
        <source>orange line</source>
        <translation>оранжевая линия</translation>
    </message>
    <message>
        <source>yellow line</source>
        <translation>жёлтая линия</translation>
    </message>
    <message>
        <source>green line</source>
        <translation>зелёная линия</translation>
    </message>
    <message>
        <source>light green line</source>
        <translation>салатовая линия</translation>
    </message>
    <message>
        <source>blue line</source>
        <translation>синяя линия</translation>
    </message>
    <message>
        <source>light blue line</source>
        <translation>голубая линия</translation>
    </message>
    <message>
        <source>purple line</source>
        <translation>фиолетовая линия</translation>
    </message>
    <message>
        <source>brown line</source>
        <translation>коричневая линия</translation>
    </message>
    <message>
        <source>grey line</source>
        <translation>серая линия</translation>
    </message>
    <message>
        <source>pink line</source>
        <translation>розовая линия</translation>
    </message>
    <message>
        <source>unnamed line</source>
        <translation>линия без названия</translation>
    </message>
    <message>
        <source>Enter %1 by %2 (hall, turnstiles, escalator)</source>
        <comment>by north-east entrance</comment>
        <translation>Войдите на станцию %1 через %2 (вестибюль, турникеты, эскалатор)</translation>
    </message>
    <message>
        <source>Leave %1 by %2 (escalator, hall)</source>
        <comment>by north-east exit</comment>
        <translation>Выйдите со станции %1 через %2 (эскалатор, вестибюль)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>у станции %1</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <comment>250 m from Mirror Square (north-east)</comment>
        <translation>%1 от станции %2 (%3)</translation>
    </message>
    <message>
        <source>Avoiding: %1.</source>
        <translation>Обходим: %1.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>Too many wrong passphrases in a row. You can try again in %1.</source>
        <translation>Слишком много неверных попыток подряд. Попробовать снова можно через %1.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passphrase. Close other programs and try again. Nothing was changed.</source>
        <translation>Недостаточно свободной памяти, чтобы проверить парольную фразу. Закройте другие программы и попробуйте снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first; nothing was changed.</source>
        <translation>Рабочая область заблокирована. Сначала разблокируйте её; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Unknown error; nothing was changed.</source>
        <translation>Неизвестная ошибка; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Four or more unrelated words make a good passphrase.</source>
        <translation>Хорошая парольная фраза — не меньше четырёх не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Strong: hard to guess, even for someone who takes this computer.</source>
        <translation>Сильная: её трудно подобрать даже тому, кто заберёт этот компьютер.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much harder to guess.</source>
        <translation>Средняя: если добавить ещё одно-два слова, её будет гораздо труднее подобрать.</translation>
    </message>
    <message>
        <source>Weak: someone who takes this computer could guess it. Use four or more unrelated words.</source>
        <translation>Слабая: тот, кто заберёт этот компьютер, сможет её подобрать. Используйте не меньше четырёх не связанных между собой слов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody signed this map pack.&lt;/b&gt; Blindspot cannot tell who made it, or whether it was changed after it was made.</source>
        <translation>&lt;b&gt;Этот пакет данных никто не подписал.&lt;/b&gt; Blindspot не может определить, кто его создал и не изменяли ли его после создания.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed by %1&lt;/b&gt;, a key you trust. The signature checks out: the map pack is exactly as %1 signed it.</source>
        <translation>&lt;b&gt;Подписано ключом «%1»&lt;/b&gt;, которому вы доверяете. Подпись верна: после подписания ключом «%1» пакет данных не изменялся.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed with a key you have not trusted yet&lt;/b&gt; (key ID %1). Anyone can sign a file: until you add that key, Blindspot cannot tell who signed it.</source>
        <translation>&lt;b&gt;Подписано ключом, которому вы пока не доверяете&lt;/b&gt; (идентификатор ключа %1). Подписать файл может кто угодно: пока вы не добавите этот ключ, Blindspot не может определить, кто его подписал.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature is not from %1&apos;s key&lt;/b&gt;, though it claims to be. Do not import this map pack unless you know why.</source>
        <translation>&lt;b&gt;Подпись сделана не ключом «%1»&lt;/b&gt;, хотя в ней указан именно он. Не импортируйте этот пакет данных, если не знаете, почему так вышло.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature was altered.&lt;/b&gt; The map is as %1 signed it, but the signed note on its version and expiry was changed afterwards. Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Подпись изменена.&lt;/b&gt; Сама карта такая, какой её подписали ключом «%1», но подписанную пометку о её версии и сроке действия потом изменили. Не импортируйте этот пакет данных, если не знаете, почему так вышло.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature does not fit this file.&lt;/b&gt; %1 signed another version of this map (another name, version or expiry date). Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Подпись не подходит к этому файлу.&lt;/b&gt; Ключом «%1» подписана другая версия этой карты (с другим названием, номером версии или сроком действия). Не импортируйте этот пакет данных, если не знаете, почему так вышло.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature does not match.&lt;/b&gt; The map pack, or its signature, was changed after %1 signed it. Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Подпись неверна.&lt;/b&gt; Пакет данных или его подпись изменили после подписания ключом «%1». Не импортируйте этот пакет данных, если не знаете, почему так вышло.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date.&lt;/b&gt; This map pack expired on %1: its publisher meant it to be replaced by then, and cameras may have been added or removed since. Look for a newer version from the same publisher.</source>
        <translation>&lt;b&gt;Устарел.&lt;/b&gt; Срок действия этого пакета данных истёк %1: издатель рассчитывал, что к этому времени его заменит новый, а камеры с тех пор могли добавить или убрать. Поищите более новую версию от того же издателя.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older than what you have.&lt;/b&gt; You already imported version %1 of this map; this file is version %2. Someone may be passing on an old map with fewer cameras. Import it only if you meant to go back.</source>
        <translation>&lt;b&gt;Более старая версия, чем у вас.&lt;/b&gt; Вы уже импортировали версию %1 этой карты, а этот файл — версия %2. Возможно, кто-то распространяет старую карту, на которой меньше камер. Импортируйте его, только если вы намеренно возвращаетесь к старой версии.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another signer than last time.&lt;/b&gt; The last version of this map you imported was signed by a different key, or was signed and this one is not. Ask the publisher whether they changed their key before you trust it.</source>
        <translation>&lt;b&gt;Подписант не тот, что в прошлый раз.&lt;/b&gt; Предыдущая импортированная вами версия этой карты была подписана другим ключом — или была подписана, а эта нет. Прежде чем доверять этому файлу, спросите издателя, не менял ли он ключ.</translation>
    </message>
    <message>
        <source>It is imported as an untrusted source: it can add cameras and raise their face-recognition status, but it cannot remove cameras or lower their status unless you tick that change in the review.</source>
        <translation>Пакет данных будет импортирован как недоверенный источник: он может добавлять камеры и повышать их статус распознавания лиц, но не может удалять камеры или понижать их статус, если только вы не отметите такое изменение при проверке.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace; the workspace was not changed. Check Caps Lock and the keyboard layout (Russian, Ukrainian or English).</source>
        <translation>Эта парольная фраза не открывает рабочую область; рабочая область не изменилась. Проверьте Caps Lock и раскладку клавиатуры (русская, украинская или английская).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace.</source>
        <translation>Эта парольная фраза не открывает рабочую область.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passphrase.</source>
        <translation>Не хватает свободной памяти, чтобы проверить парольную фразу.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Рабочая область заблокирована.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Неизвестная ошибка.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters; four or more unrelated words are better.</source>
        <translation>Слишком коротко: нужно не меньше %1 знаков; лучше четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <source>If they really made a new key, check with them, remove the old key from the trusted keys, then add the new one.</source>
        <translation>Если издатель действительно создал новый ключ, уточните это у него, удалите старый ключ из доверенных, а затем добавьте новый.</translation>
    </message>
    <message>
        <source>This key was not added. Its key ID %1 is that of a key you already trust, &quot;%2&quot; (fingerprint %3), but the key itself is different. Anyone can give a key any ID: this is what a forged key posing as a trusted signer looks like.</source>
        <translation>Этот ключ не добавлен. Его идентификатор %1 совпадает с идентификатором ключа, которому вы уже доверяете, — «%2» (отпечаток %3), но сам ключ другой. Любой может дать ключу любой идентификатор: именно так выглядит поддельный ключ, выдающий себя за доверенного подписанта.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>This workspace file cannot be opened with any passphrase: its key was destroyed when the passphrase was changed or the workspace was wiped. It is an older copy of a workspace, or its key slot file (the same name ending in .keyslot) is missing.</source>
        <translation>Этот файл рабочей области не открывается ни одной парольной фразой: его ключ уничтожен при смене парольной фразы или стирании рабочей области. Это старая копия рабочей области, либо нет файла её ключа (то же имя с окончанием .keyslot).</translation>
    </message>
</context>
<context>
    <name>SpotTheCameraExercise</name>
    <message>
        <source>north</source>
        <translation>север</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>северо-восток</translation>
    </message>
    <message>
        <source>east</source>
        <translation>восток</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>юго-восток</translation>
    </message>
    <message>
        <source>south</source>
        <translation>юг</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>юго-запад</translation>
    </message>
    <message>
        <source>west</source>
        <translation>запад</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>северо-запад</translation>
    </message>
</context>
<context>
    <name>TrainingPainter</name>
    <message>
        <source>%1 on foot</source>
        <translation>%1 пешком</translation>
    </message>
    <message>
        <source>%1 by metro, no change</source>
        <translation>%1 на метро, без пересадок</translation>
    </message>
    <message>
        <source>Rests on reported cameras</source>
        <translation>Основано на камерах, о которых сообщали</translation>
    </message>
    <message>
        <source>No way found with these choices.</source>
        <translation>С такими параметрами путь не найден.</translation>
    </message>
    <message>
        <source>%1 by metro, 1 change</source>
        <translation>%1 на метро, 1 пересадка</translation>
    </message>
    <message>
        <source>%1 by metro, %2 changes</source>
        <translation>%1 на метро, пересадок: %2</translation>
    </message>
    <message>
        <source>About %1 of 10 parts of this estimate are assumptions where nobody reported cameras</source>
        <translation>Примерно %1 из 10 частей этой оценки — предположения о местах, где никто не сообщал о камерах</translation>
    </message>
    <message>
        <source>Rests almost entirely on assumptions where nobody reported cameras</source>
        <translation>Почти целиком опирается на предположения о местах, где никто не сообщал о камерах</translation>
    </message>
</context>
<context>
    <name>WalkingDirections</name>
    <message>
        <source>Continue straight</source>
        <translation>Продолжайте прямо</translation>
    </message>
    <message>
        <source>Turn slightly left</source>
        <translation>Держитесь немного левее</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Поверните налево</translation>
    </message>
    <message>
        <source>Turn sharp left</source>
        <translation>Резко поверните налево</translation>
    </message>
    <message>
        <source>Turn slightly right</source>
        <translation>Держитесь немного правее</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Поверните направо</translation>
    </message>
    <message>
        <source>Turn sharp right</source>
        <translation>Резко поверните направо</translation>
    </message>
    <message>
        <source>1 mapped camera sees you here</source>
        <translation>Здесь вас видит 1 камера с карты</translation>
    </message>
    <message>
        <source>%1 mapped cameras see you here</source>
        <translation>Камер с карты, которые вас здесь видят: %1</translation>
    </message>
    <message>
        <source>Go %1 for %2</source>
        <translation>Идите на %1, %2</translation>
    </message>
    <message>
        <source>Go %1 along %2 for %3</source>
        <translation>Идите на %1 (%2), %3</translation>
    </message>
    <message>
        <source>Continue straight for %1</source>
        <translation>Идите прямо %1</translation>
    </message>
    <message>
        <source>Continue onto %1 for %2</source>
        <translation>Продолжайте прямо — %1, %2</translation>
    </message>
    <message>
        <source>%1 and walk %2</source>
        <comment>Turn left and walk 200 m</comment>
        <translation>%1 и пройдите %2</translation>
    </message>
    <message>
        <source>%1 onto %2 and walk %3</source>
        <comment>Turn left onto Main Street and walk 200 m</comment>
        <translation>%1 — %2, пройдите %3</translation>
    </message>
    <message>
        <source>%1 and take the steps (%2)</source>
        <translation>%1 и идите по лестнице (%2)</translation>
    </message>
    <message>
        <source>Take the steps (%1)</source>
        <translation>Идите по лестнице (%1)</translation>
    </message>
    <message>
        <source>%1 and go through the underpass (%2)</source>
        <translation>%1 и пройдите через подземный переход (%2)</translation>
    </message>
    <message>
        <source>Go through the underpass (%1)</source>
        <translation>Пройдите через подземный переход (%1)</translation>
    </message>
    <message>
        <source>%1 and cross at the traffic lights (%2)</source>
        <translation>%1 и перейдите дорогу на светофоре (%2)</translation>
    </message>
    <message>
        <source>Cross at the traffic lights (%1)</source>
        <translation>Перейдите дорогу на светофоре (%1)</translation>
    </message>
    <message>
        <source>%1 and cross the road at the crossing (%2)</source>
        <translation>%1 и перейдите дорогу по пешеходному переходу (%2)</translation>
    </message>
    <message>
        <source>Cross the road at the crossing (%1)</source>
        <translation>Перейдите дорогу по пешеходному переходу (%1)</translation>
    </message>
    <message>
        <source>%1 and cross by the footbridge (%2)</source>
        <translation>%1 и перейдите по надземному переходу (%2)</translation>
    </message>
    <message>
        <source>Cross by the footbridge (%1)</source>
        <translation>Перейдите по надземному переходу (%1)</translation>
    </message>
    <message>
        <source>%1 and go through the indoor passage (%2)</source>
        <translation>%1 и пройдите через крытый переход (%2)</translation>
    </message>
    <message>
        <source>Go through the indoor passage (%1)</source>
        <translation>Пройдите через крытый переход (%1)</translation>
    </message>
    <message>
        <source>Enter by %1</source>
        <comment>Enter by entrance 3</comment>
        <translation>Войдите через %1</translation>
    </message>
    <message>
        <source>Arrive at %1</source>
        <translation>Вы на месте: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::CameraInspector</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Face recognition:</source>
        <translation>&amp;Распознавание лиц:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>Field of &amp;view:</source>
        <translation>Угол &amp;обзора:</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Mount:</source>
        <translation>&amp;Крепление:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известно</translation>
    </message>
    <message>
        <source>Clockwise from north. Unknown means the camera is assumed to see all round.</source>
        <translation>По часовой стрелке от севера. Если неизвестно, считается, что камера видит во все стороны.</translation>
    </message>
    <message>
        <source>How wide the camera sees. Unknown means the usual value for its kind.</source>
        <translation>Насколько широко видит камера. Если неизвестно, берётся обычное значение для камер этого типа.</translation>
    </message>
    <message>
        <source>Height above the floor or street. A high camera sees faces steeply from above.</source>
        <translation>Высота над полом или улицей. Камера, висящая высоко, видит лица под крутым углом сверху.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <source>Whether the camera feeds face recognition. Say &quot;confirmed&quot; only with evidence.</source>
        <translation>Передаёт ли камера изображение в систему распознавания лиц. Выбирайте «подтверждено», только если есть доказательства.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Пр&amp;именить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>В&amp;ернуть</translation>
    </message>
    <message>
        <source>Put back the values the map has now</source>
        <translation>Вернуть значения, которые сейчас на карте</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Удалить камеру</translation>
    </message>
    <message>
        <source>Remove this camera from the map (Delete); Edit &gt; Undo brings it back</source>
        <translation>Убрать эту камеру с карты (Delete); «Правка &gt; Отменить» вернёт её</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Когда видели</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Click a camera on the map to see what is known about it.</source>
        <translation>Нажмите на камеру на карте, чтобы увидеть, что о ней известно.</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Camera %1 (%2)</source>
        <translation>Камера %1 (%2)</translation>
    </message>
    <message>
        <source>Inside %1: %2</source>
        <translation>Внутри станции %1: %2</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Внутри станции %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Координаты: %1</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Неизвестный источник</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Источник не записан</translation>
    </message>
    <message>
        <source>another source</source>
        <translation>другой источник</translation>
    </message>
    <message>
        <source>%1: the map says %2; %3 says %4</source>
        <translation>%1: на карте — %2; %3 указывает %4</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Источники расходятся:</translation>
    </message>
    <message>
        <source>Record these values as a local edit dated today; Edit &gt; Undo takes it back</source>
        <translation>Записать эти значения как локальное изменение с сегодняшней датой; «Правка &gt; Отменить» вернёт всё назад</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Прикрепить &amp;фото…</translation>
    </message>
    <message>
        <source>Add a photo of this camera as evidence: its hidden data is removed and faces are covered before it is stored</source>
        <translation>Добавить фото этой камеры как доказательство: перед сохранением из него удаляются скрытые данные, а лица закрашиваются</translation>
    </message>
    <message>
        <source>Heading known</source>
        <translation>Направление известно</translation>
    </message>
    <message>
        <source>Heading in degrees</source>
        <translation>Направление в градусах</translation>
    </message>
    <message>
        <source>Field of view known</source>
        <translation>Угол обзора известен</translation>
    </message>
    <message>
        <source>Field of view in degrees</source>
        <translation>Угол обзора в градусах</translation>
    </message>
    <message>
        <source>Height known</source>
        <translation>Высота известна</translation>
    </message>
    <message>
        <source>Height in metres</source>
        <translation>Высота в метрах</translation>
    </message>
    <message>
        <source>What is known about the camera</source>
        <translation>Что известно о камере</translation>
    </message>
</context>
<context>
    <name>blindspot::ChangePassphraseDialog</name>
    <message>
        <source>Change the workspace passphrase</source>
        <translation>Сменить парольную фразу рабочей области</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Повторите новую:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>No workspace is open, so there is no passphrase to change.</source>
        <translation>Рабочая область не открыта, поэтому парольную фразу сменить нельзя.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same one twice. Nothing was changed.</source>
        <translation>Новые парольные фразы не совпадают. Введите одну и ту же фразу дважды. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters. Nothing was changed.</source>
        <translation>Новая парольная фраза слишком короткая: нужно не меньше %1 знаков. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row. You can try again in %1.</source>
        <translation>Слишком много неверных попыток подряд. Попробовать снова можно через %1.</translation>
    </message>
    <message>
        <source>Checking the passphrase and saving; this takes a few seconds…</source>
        <translation>Проверяем парольную фразу и сохраняем; это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>The workspace is saved again under the new passphrase; from then on this file no longer opens with the old one. Earlier copies (backups, USB sticks) and old data the disk itself may keep still open with the old passphrase.</source>
        <translation>Рабочая область будет заново сохранена под новой парольной фразой; после этого файл больше не откроется старой. Более ранние копии (резервные копии, флешки) и старые данные, которые может хранить сам диск, по-прежнему открываются старой парольной фразой.</translation>
    </message>
</context>
<context>
    <name>blindspot::EditingController</name>
    <message>
        <source>The edit was not applied: it would leave the map inconsistent (%1).</source>
        <translation>Изменение не применено: из-за него данные карты стали бы противоречивыми (%1).</translation>
    </message>
    <message>
        <source>Camera added. Describe it in the inspector: its kind and whether it feeds face recognition.</source>
        <translation>Камера добавлена. Опишите её на панели «Камера»: тип и передаёт ли она изображение в систему распознавания лиц.</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>изменение камеры</translation>
    </message>
    <message>
        <source>Set the surveillance context</source>
        <translation>Указать контекст наблюдения</translation>
    </message>
    <message>
        <source>%1 (surveyed %2)</source>
        <translation>%1 (обследован %2)</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Район %1</translation>
    </message>
    <message>
        <source>Delete survey area</source>
        <translation>удаление обследованного района</translation>
    </message>
    <message>
        <source>Survey area to delete:</source>
        <translation>Какой обследованный район удалить:</translation>
    </message>
</context>
<context>
    <name>blindspot::ExposureChart</name>
    <message>
        <source>Chart: how the chance of identification builds up over the trip</source>
        <translation>График: как вероятность опознания растёт за время поездки</translation>
    </message>
    <message>
        <source>Chance of being identified so far (of 10 trips)</source>
        <translation>Вероятность, что вас уже опознали (из 10 поездок)</translation>
    </message>
    <message>
        <source>minutes from the start</source>
        <translation>минуты от начала поездки</translation>
    </message>
    <message>
        <source>%1 of 10 after %2</source>
        <translation>%1 из 10 через %2</translation>
    </message>
    <message>
        <source>At the end, after %1: identified in %2 of 10 trips (%3 to %4).</source>
        <translation>В конце, через %1: опознают в %2 из 10 поездок (от %3 до %4).</translation>
    </message>
    <message>
        <source>Out of 10 trips, identified so far: %1.</source>
        <translation>Из 10 поездок уже опознали: %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::FaceDetectorDemoWidget</name>
    <message>
        <source>The photo as it is</source>
        <translation>Фото как есть</translation>
    </message>
    <message>
        <source>Fewer pixels (a distant camera)</source>
        <translation>Меньше пикселей (далёкая камера)</translation>
    </message>
    <message>
        <source>A cap</source>
        <translation>Кепка</translation>
    </message>
    <message>
        <source>Dark sunglasses</source>
        <translation>Тёмные солнцезащитные очки</translation>
    </message>
    <message>
        <source>A medical mask</source>
        <translation>Медицинская маска</translation>
    </message>
    <message>
        <source>frontal</source>
        <translation>анфас</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>Open a photo from disk to begin. It stays in memory only; nothing is saved, and no camera is used.</source>
        <translation>Чтобы начать, откройте фото с диска. Оно хранится только в памяти: ничего не сохраняется, и камера не используется.</translation>
    </message>
    <message>
        <source>Open a photo...</source>
        <translation>Открыть фото...</translation>
    </message>
    <message>
        <source>Forget the photo</source>
        <translation>Забыть фото</translation>
    </message>
    <message>
        <source>These are OpenCV&apos;s Haar cascade detectors, a method from 2001: they only find where a face is, and they are easy to fool. Modern face-recognition systems find and match faces far more reliably: a face this demo misses may still be identified by a real system.</source>
        <translation>Здесь работают каскадные детекторы Хаара из OpenCV — метод 2001 года: они только находят, где лицо, и их легко обмануть. Современные системы распознавания лиц находят и сопоставляют лица гораздо надёжнее: лицо, которое пропустила эта демонстрация, настоящая система всё равно может опознать.</translation>
    </message>
    <message>
        <source>A brim over the forehead. Against a camera at face height, like those at turnstiles, a brim hides little; against one on the ceiling, more. Nobody has measured what it does against metro systems.</source>
        <translation>Козырёк над лбом. От камеры на уровне лица, как на турникетах, козырёк почти ничего не скрывает; от камеры на потолке — больше. Как он действует против систем в метро, никто не измерял.</translation>
    </message>
    <message>
        <source>Dark glasses over the eyes. Lab studies found they lower matching rates; detectors often still find the face.</source>
        <translation>Тёмные очки на глазах. Лабораторные исследования показали, что они снижают долю совпадений; но детекторы часто всё равно находят лицо.</translation>
    </message>
    <message>
        <source>A medical mask over nose and mouth. Old detectors often miss masked faces, but modern systems were retrained on them, and vendors say masks no longer help. Covering the face at rallies is banned in Russia (Law 54-FZ).</source>
        <translation>Медицинская маска на носу и рту. Старые детекторы часто пропускают лица в масках, но современные системы дообучили на таких лицах, и производители говорят, что маски больше не помогают. Закрывать лицо на митингах в России запрещено (закон 54-ФЗ).</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Открыть фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for the demo.</source>
        <translation>Файл %1 слишком большой для демонстрации.</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>Лиц не найдено.</translation>
    </message>
    <message>
        <source>%1: %2 detector, score %3, %4 pixels wide</source>
        <translation>%1: детектор «%2», оценка %3, ширина в пикселях: %4</translation>
    </message>
    <message>
        <source>What a face detector sees: %1</source>
        <translation>Что видит детектор лиц: %1</translation>
    </message>
    <message>
        <source>Use a photo you are allowed to show, ideally of a volunteer who agreed. It is never saved.</source>
        <translation>Используйте фото, которое вам разрешено показывать, — лучше всего добровольца, который согласился. Фото никогда не сохраняется.</translation>
    </message>
    <message>
        <source>Step through the changes with &quot;next&quot;: fewer pixels usually matters most.</source>
        <translation>Показывайте изменения по очереди («далее»): обычно сильнее всего влияет уменьшение числа пикселей.</translation>
    </message>
    <message>
        <source>End with the caveat: a real system is stronger than this demo. Never present a mask or makeup as a way to be invisible.</source>
        <translation>Закончите оговоркой: настоящая система сильнее этой демонстрации. Никогда не представляйте маску или макияж как способ стать невидимым.</translation>
    </message>
    <message>
        <source>1 face found.</source>
        <translation>Найдено 1 лицо.</translation>
    </message>
    <message>
        <source>%1 faces found.</source>
        <translation>Найдено лиц: %1.</translation>
    </message>
    <message>
        <source>Each box is a face a detector found: the frontal or the profile detector, its score (higher is surer; it is not a probability) and the face&apos;s width in pixels. Identification needs about %1-%2 pixels across a face. A turned head may be found only by the profile detector, or by neither; turnstile cameras see faces straight on. Detectors also err: a box may sit on something that is not a face.</source>
        <translation>Каждая рамка — лицо, которое нашёл детектор: указано, какой детектор (анфас или профиль), его оценка (чем выше, тем он увереннее; это не вероятность) и ширина лица в пикселях. Для опознания нужно примерно %1-%2 пикселей по ширине лица. Повёрнутую голову может найти только детектор профиля — или ни один; камеры на турникетах видят лица прямо в анфас. Детекторы тоже ошибаются: рамка может оказаться на чём-то, что лицом не является.</translation>
    </message>
    <message>
        <source>The same photo as a distant or wide-angle camera sees it: shrunk until a face is about 16 pixels across, then enlarged back, so its detail is lost. Identification needs about %1-%2 pixels across a face: a detector can still find a face that is too coarse to identify.</source>
        <translation>То же фото, каким его видит далёкая или широкоугольная камера: уменьшено так, что лицо занимает около 16 пикселей в ширину, и снова увеличено, поэтому детали потеряны. Для опознания нужно около %1–%2 пикселей на лицо: детектор может найти лицо, которое слишком грубое для опознания.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, and none in this copy either.</source>
        <translation>На исходном фото лиц не найдено, и на этой копии тоже.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, but 1 face was found in this copy.</source>
        <translation>На исходном фото лиц не найдено, а на этой копии найдено одно лицо.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, but %1 faces were found in this copy.</source>
        <translation>На исходном фото лиц не найдено, а на этой копии найдено лиц: %1.</translation>
    </message>
    <message>
        <source>1 face was found in the photo as it is, and none in this copy.</source>
        <translation>На исходном фото найдено одно лицо, а на этой копии — ни одного.</translation>
    </message>
    <message>
        <source>%1 faces were found in the photo as it is, and none in this copy.</source>
        <translation>На исходном фото найдено лиц: %1, а на этой копии — ни одного.</translation>
    </message>
    <message>
        <source>As in the photo as it is, 1 face was found.</source>
        <translation>Как и на исходном фото, найдено одно лицо.</translation>
    </message>
    <message>
        <source>As in the photo as it is, %1 faces were found.</source>
        <translation>Как и на исходном фото, найдено лиц: %1.</translation>
    </message>
    <message>
        <source>Fewer faces were found than in the photo as it is: %1 instead of %2.</source>
        <translation>Найдено меньше лиц, чем на исходном фото: %1 вместо %2.</translation>
    </message>
    <message>
        <source>More faces were found than in the photo as it is: %1 instead of %2.</source>
        <translation>Найдено больше лиц, чем на исходном фото: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The highest score is higher than in the photo as it is: %1 against %2.</source>
        <translation>Наибольшая оценка выше, чем на исходном фото: %1 против %2.</translation>
    </message>
    <message>
        <source>The highest score is lower than in the photo as it is: %1 against %2.</source>
        <translation>Наибольшая оценка ниже, чем на исходном фото: %1 против %2.</translation>
    </message>
    <message>
        <source>The highest score is the same as in the photo as it is: %1.</source>
        <translation>Наибольшая оценка такая же, как на исходном фото: %1.</translation>
    </message>
    <message>
        <source>The widest box is wider than in the photo as it is: %1 pixels against %2.</source>
        <translation>Самая широкая рамка шире, чем на исходном фото: %1 пикселей против %2.</translation>
    </message>
    <message>
        <source>The widest box is narrower than in the photo as it is: %1 pixels against %2.</source>
        <translation>Самая широкая рамка уже, чем на исходном фото: %1 пикселей против %2.</translation>
    </message>
</context>
<context>
    <name>blindspot::FileController</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cannot open map pack</source>
        <translation>Не удалось открыть пакет данных</translation>
    </message>
    <message>
        <source>Open map pack</source>
        <translation>Открыть пакет данных</translation>
    </message>
    <message>
        <source>Blindspot map packs (*.bspack)</source>
        <translation>Пакеты данных Blindspot (*.bspack)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The map has edits that are not saved. Save them before going on?</source>
        <translation>На карте есть несохранённые изменения. Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Сохранено как %1.</translation>
    </message>
    <message>
        <source>Cannot save the map</source>
        <translation>Не удалось сохранить карту</translation>
    </message>
    <message>
        <source>map.bspack</source>
        <translation>map.bspack</translation>
    </message>
    <message>
        <source>Save map pack</source>
        <translation>Сохранить пакет данных</translation>
    </message>
    <message>
        <source>All files Blindspot reads (*.osm *.osm.gz *.osc *.pbf *.zip *.geojson *.json *.csv *.txt *.kml *.kmz *.gpx *.bspack)</source>
        <translation>Все файлы, которые читает Blindspot (*.osm *.osm.gz *.osc *.pbf *.zip *.geojson *.json *.csv *.txt *.kml *.kmz *.gpx *.bspack)</translation>
    </message>
    <message>
        <source>OpenStreetMap XML (*.osm *.osm.gz *.osc)</source>
        <translation>OpenStreetMap XML (*.osm *.osm.gz *.osc)</translation>
    </message>
    <message>
        <source>OpenStreetMap PBF (*.pbf)</source>
        <translation>OpenStreetMap PBF (*.pbf)</translation>
    </message>
    <message>
        <source>GTFS feeds (*.zip)</source>
        <translation>Расписания GTFS (*.zip)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt)</source>
        <translation>Таблицы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>KML or KMZ (*.kml *.kmz)</source>
        <translation>KML или KMZ (*.kml *.kmz)</translation>
    </message>
    <message>
        <source>GPX waypoints (*.gpx)</source>
        <translation>Путевые точки GPX (*.gpx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>«Правка &gt; Отменить» отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Check a recorded walk</source>
        <translation>Проверить записанный путь</translation>
    </message>
    <message>
        <source>Recorded walks: GPX or GeoJSON (*.gpx *.geojson *.json)</source>
        <translation>Записанные пути: GPX или GeoJSON (*.gpx *.geojson *.json)</translation>
    </message>
    <message>
        <source>Cannot check this walk</source>
        <translation>Не удалось проверить этот путь</translation>
    </message>
    <message>
        <source>Blindspot could not read a walk from this file. It needs a GPX track or route, or a GeoJSON LineString, with at least two points. Nothing was changed.

%1</source>
        <translation>Blindspot не смог прочитать путь из этого файла. Нужен трек или маршрут GPX либо линия GeoJSON (LineString) хотя бы из двух точек. Ничего не изменилось.

%1</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ничего не изменилось.</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>OpenStreetMap XML (*.osm)</source>
        <translation>OpenStreetMap XML (*.osm)</translation>
    </message>
    <message>
        <source>Blindspot map pack (*.bspack)</source>
        <translation>Пакет данных Blindspot (*.bspack)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>камеры</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::IconArray</name>
    <message>
        <source>Icon array of 10 trips: identified in %1, %2 to %3 within the range</source>
        <translation>Пиктограмма из 10 поездок: опознание в %1, в пределах диапазона — от %2 до %3</translation>
    </message>
    <message>
        <source>Identified in %1 of 10 trips</source>
        <translation>Опознают в %1 из 10 поездок</translation>
    </message>
</context>
<context>
    <name>blindspot::ImportReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Новое (%1)</translation>
    </message>
    <message>
        <source>Already on the map, merged (%1)</source>
        <translation>Уже есть на карте, объединено (%1)</translation>
    </message>
    <message>
        <source>Conflicting (%1)</source>
        <translation>Расхождения (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Отклонено (%1)</translation>
    </message>
    <message>
        <source>Not on the map yet: added with this file as their source.</source>
        <translation>Этого пока нет на карте: будет добавлено, источником будет указан этот файл.</translation>
    </message>
    <message>
        <source>The same as something on the map: one element with both sources, gaps filled in.</source>
        <translation>Это уже есть на карте: получится один объект с обоими источниками, пробелы будут заполнены.</translation>
    </message>
    <message>
        <source>The same camera, but the file disagrees: the map keeps its value and records the disagreement for review.</source>
        <translation>Та же камера, но файл с ней не согласен: на карте останется прежнее значение, а расхождение будет записано для проверки.</translation>
    </message>
    <message>
        <source>Refused by default: an untrusted source may not lower face-recognition status. Tick to record it as a conflict.</source>
        <translation>По умолчанию отклонено: недоверенный источник не может понижать статус распознавания лиц. Отметьте, чтобы записать это как расхождение.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Станция %1</translation>
    </message>
    <message>
        <source>Entrance %1 of %2</source>
        <translation>Вход %1, станция %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, станция %2</translation>
    </message>
    <message>
        <source>Survey area %1 (%2)</source>
        <translation>Обследованный район %1 (%2)</translation>
    </message>
    <message>
        <source>the same OpenStreetMap or GTFS id</source>
        <translation>тот же идентификатор OpenStreetMap или GTFS</translation>
    </message>
    <message>
        <source>the same name nearby</source>
        <translation>то же название поблизости</translation>
    </message>
    <message>
        <source>the same place</source>
        <translation>то же место</translation>
    </message>
    <message>
        <source>the same entrance number</source>
        <translation>тот же номер входа</translation>
    </message>
    <message>
        <source>the same station and zone</source>
        <translation>та же станция и зона</translation>
    </message>
    <message>
        <source>the same kind of zone at the same station</source>
        <translation>зона того же типа на той же станции</translation>
    </message>
    <message>
        <source>an identical area</source>
        <translation>точно такой же район</translation>
    </message>
    <message>
        <source>%1: adds %2</source>
        <translation>%1: добавляется %2</translation>
    </message>
    <message>
        <source>%1: adds the file&apos;s text</source>
        <translation>%1: добавляется текст из файла</translation>
    </message>
    <message>
        <source>%1: raised from %2 to %3</source>
        <translation>%1: повышено с %2 до %3</translation>
    </message>
    <message>
        <source>%1: the map says %2, the file says %3</source>
        <translation>%1: на карте — %2, в файле — %3</translation>
    </message>
    <message>
        <source>%1: the file would lower %2 to %3</source>
        <translation>%1: файл понизил бы %2 до %3</translation>
    </message>
    <message>
        <source>no camera on the map this close</source>
        <translation>на карте нет камеры так близко</translation>
    </message>
    <message>
        <source>joins a station of the same name as a transfer</source>
        <translation>соединяется пересадкой со станцией с тем же названием</translation>
    </message>
    <message>
        <source>an untrusted source would lower its face-recognition status</source>
        <translation>недоверенный источник понизил бы её статус распознавания лиц</translation>
    </message>
    <message>
        <source>matched by %1, %2 apart</source>
        <translation>совпадение: %1, расстояние %2</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>совпадение: %1</translation>
    </message>
    <message>
        <source>Review import</source>
        <translation>Проверка импорта</translation>
    </message>
    <message>
        <source>I trust the source of this file: let it lower face-recognition status too (recorded as a conflict for review)</source>
        <translation>Я доверяю источнику этого файла: пусть он может и понижать статус распознавания лиц (это записывается как расхождение для проверки)</translation>
    </message>
    <message>
        <source>One of the two maps is fictional training data. If you import, the whole result is marked fictional.</source>
        <translation>Одна из двух карт — вымышленные учебные данные. Если импортировать, весь результат будет помечен как вымышленный.</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation>&amp;Принять все</translation>
    </message>
    <message>
        <source>&amp;Reject all</source>
        <translation>&amp;Отклонить все</translation>
    </message>
    <message>
        <source>&amp;Import ticked changes</source>
        <translation>&amp;Импортировать отмеченные изменения</translation>
    </message>
    <message>
        <source>%1: %2 of %3 changes are ticked (new: %4, merged: %5, conflicting: %6, rejected: %7). Untick what you do not want. Nothing changes until you import; then every ticked change applies at once.</source>
        <translation>%1: отмечено изменений — %2 из %3 (новых: %4, объединённых: %5, с расхождениями: %6, отклонённых: %7). Снимите отметки с того, что вам не нужно. Пока вы не импортируете, ничего не меняется; после импорта все отмеченные изменения применяются сразу.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>внутри станции %1</translation>
    </message>
    <message>
        <source>Camera of a kind not stated</source>
        <translation>Камера, тип не указан</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 merged with what was on the map, %4 disagreements recorded for review.</source>
        <translation>Импортирован %1: добавлено — %2, объединено с тем, что было на карте, — %3, расхождений записано для проверки — %4.</translation>
    </message>
    <message>
        <source>This change has no position of its own to show.</source>
        <translation>У этого изменения нет своего места на карте.</translation>
    </message>
    <message>
        <source>Select a change to see where it is.</source>
        <translation>Выберите изменение, чтобы увидеть, где оно.</translation>
    </message>
    <message>
        <source>The ring marks where the file puts it: %1.</source>
        <translation>Кольцо отмечает место, указанное в файле: %1.</translation>
    </message>
    <message>
        <source>&amp;Source&apos;s name:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Who the data comes from, as others should see it (for example &quot;Survey of line 1, volunteers&quot;); kept with every camera</source>
        <translation>От кого эти данные, как это увидят другие (например, «Обход линии 1, волонтёры»); сохраняется у каждой камеры</translation>
    </message>
    <message>
        <source>Surveyed or retrieved &amp;on:</source>
        <translation>&amp;Дата обхода или получения:</translation>
    </message>
</context>
<context>
    <name>blindspot::LockController</name>
    <message>
        <source>Locked. Your plans, keys and photos were cleared from memory and the trip planner was emptied. Unlock to go on.</source>
        <translation>Заблокировано. Ваши маршруты, ключи и фото удалены из памяти, планировщик поездки очищен. Чтобы продолжить, разблокируйте рабочую область.</translation>
    </message>
    <message>
        <source>Locked. Everything you did was cleared from memory and the trip planner was emptied. To go on, continue without a workspace again, or make one.</source>
        <translation>Заблокировано. Всё, что вы делали, стёрто из памяти, планировщик поездок очищен. Чтобы продолжить, снова выберите работу без рабочей области или создайте её.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file were put into the encrypted workspace and taken off the map; you are offered them back when you unlock.</source>
        <translation>Ваши изменения карты, не сохранённые в файл, помещены в зашифрованную рабочую область и убраны с карты; при разблокировке вам предложат их вернуть.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file were dropped: without a workspace there is no encrypted place to keep them.</source>
        <translation>Ваши изменения карты, не сохранённые в файл, отброшены: без рабочей области их негде хранить в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file could not be put into the workspace and were dropped: %1</source>
        <translation>Ваши изменения карты, не сохранённые в файл, не удалось поместить в рабочую область, и они отброшены. Причина: %1</translation>
    </message>
    <message>
        <source>Blindspot (locked)</source>
        <translation>Blindspot (заблокирован)</translation>
    </message>
    <message>
        <source>the workspace file %1, with the plans, notes, trusted keys, photos and recent files in it. Its key material is overwritten first, so that this file cannot be opened again, even with the passphrase. Copies made elsewhere (backups, USB sticks) and old data the disk itself may keep are out of its reach;</source>
        <translation>файл рабочей области %1 со всеми маршрутами, заметками, доверенными ключами, фото и недавними файлами. Сначала перезаписываются данные его ключа, чтобы этот файл больше нельзя было открыть даже с парольной фразой. Копии, сделанные в других местах (резервные копии, флешки), и старые данные, которые может хранить сам диск, это не затрагивает;</translation>
    </message>
    <message>
        <source>what is kept in memory for this session: plans, trusted keys, photos and recent files;</source>
        <translation>то, что хранится в памяти в этом сеансе: маршруты, доверенные ключи, фото и недавние файлы;</translation>
    </message>
    <message>
        <source>Blindspot&apos;s settings file %1: language, window layout and map layers.</source>
        <translation>файл настроек Blindspot %1: язык, расположение окон и слои карты.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This deletes, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Map packs, route cards and exports you saved yourself are not deleted: delete them separately. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Будет безвозвратно удалено:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Пакеты данных, карточки маршрутов и экспортированные файлы, которые вы сохранили сами, не удаляются: удалите их отдельно. Это действие нельзя отменить.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Wipe everything Blindspot keeps?</source>
        <translation>Стереть всё, что хранит Blindspot?</translation>
    </message>
    <message>
        <source>&amp;Wipe</source>
        <translation>&amp;Стереть</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1 Delete that file yourself, then empty the trash.</source>
        <translation>Удалить удалось не всё: %1 Удалите этот файл сами, затем очистите корзину.</translation>
    </message>
    <message>
        <source>Wiped: the workspace and Blindspot&apos;s settings were deleted. Map packs and files you saved yourself were not touched.</source>
        <translation>Стёрто: рабочая область и настройки Blindspot удалены. Пакеты данных и файлы, которые вы сохранили сами, не затронуты.</translation>
    </message>
    <message>
        <source>Map edits that were not saved to a file were dropped.</source>
        <translation>Изменения карты, не сохранённые в файл, удалены.</translation>
    </message>
</context>
<context>
    <name>blindspot::MainMenus</name>
    <message>
        <source>Click on the map where a camera is; Escape to stop.</source>
        <translation>Нажмите на карте там, где стоит камера; Escape — закончить.</translation>
    </message>
    <message>
        <source>Click the corners of the surveyed area; double-click or Enter to finish, Backspace to undo a corner, Escape to stop.</source>
        <translation>Нажимайте на углы обследованного района; двойной щелчок или Enter — готово, Backspace — убрать последний угол, Escape — прервать.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>Снова внести отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a Blindspot map pack (.bspack)</source>
        <translation>Открыть пакет данных Blindspot (.bspack)</translation>
    </message>
    <message>
        <source>Open &amp;training city</source>
        <translation>Открыть &amp;учебный город</translation>
    </message>
    <message>
        <source>Practise on the fictional training city built into Blindspot</source>
        <translation>Потренироваться на вымышленном учебном городе, встроенном в Blindspot</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the map, with your edits, as a map pack</source>
        <translation>Сохранить карту с вашими изменениями как пакет данных</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the map as a new map pack</source>
        <translation>Сохранить карту как новый пакет данных</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add cameras and stations from OpenStreetMap, GTFS, GeoJSON, CSV, KML, GPX or another map pack; you review every change before it applies</source>
        <translation>Добавить камеры и станции из OpenStreetMap, GTFS, GeoJSON, CSV, KML, GPX или другого пакета данных; каждое изменение вы проверите до того, как оно будет применено</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the cameras as GeoJSON, CSV, KML or OpenStreetMap XML, or the whole map as a map pack</source>
        <translation>Записать камеры в GeoJSON, CSV, KML или OpenStreetMap XML либо всю карту как пакет данных</translation>
    </message>
    <message>
        <source>Check a &amp;recorded walk…</source>
        <translation>Проверить &amp;записанный путь…</translation>
    </message>
    <message>
        <source>Open a walk recorded as a GPX track or route, or a GeoJSON line, and see how exposed it was to the cameras on this map</source>
        <translation>Открыть путь, записанный как трек или маршрут GPX либо линия GeoJSON, и посмотреть, насколько он был на виду у камер этой карты</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close Blindspot</source>
        <translation>Закрыть Blindspot</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Add &amp;camera</source>
        <translation>Добавить &amp;камеру</translation>
    </message>
    <message>
        <source>Click on the map to place cameras, then describe each in the inspector</source>
        <translation>Нажимайте на карте, чтобы поставить камеры, затем опишите каждую на панели «Камера»</translation>
    </message>
    <message>
        <source>Draw survey &amp;area</source>
        <translation>&amp;Нарисовать обследованный район</translation>
    </message>
    <message>
        <source>Click the corners of an area you surveyed for cameras; double-click to finish</source>
        <translation>Нажимайте на углы района, где вы искали камеры; двойной щелчок — готово</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Удалить камеру</translation>
    </message>
    <message>
        <source>Remove the camera shown in the inspector</source>
        <translation>Убрать камеру, показанную на панели «Камера»</translation>
    </message>
    <message>
        <source>Delete survey a&amp;rea…</source>
        <translation>Удалить обследованный &amp;район…</translation>
    </message>
    <message>
        <source>Choose a survey area to remove</source>
        <translation>Выбрать обследованный район, который нужно удалить</translation>
    </message>
    <message>
        <source>Surveillance &amp;context</source>
        <translation>&amp;Контекст наблюдения</translation>
    </message>
    <message>
        <source>Which city&apos;s known facts set the estimates for cameras of unknown status and for streets nobody mapped</source>
        <translation>Данные о каком городе лежат в основе оценок для камер с неизвестным статусом и для улиц, которые никто не обследовал</translation>
    </message>
    <message>
        <source>&amp;Moscow</source>
        <translation>&amp;Москва</translation>
    </message>
    <message>
        <source>Moscow&apos;s metro and street cameras: face recognition is widespread</source>
        <translation>Камеры московского метро и улиц: распознавание лиц распространено повсеместно</translation>
    </message>
    <message>
        <source>The &amp;training city</source>
        <translation>&amp;Учебный город</translation>
    </message>
    <message>
        <source>The fictional city used for practice</source>
        <translation>Вымышленный город для занятий</translation>
    </message>
    <message>
        <source>&amp;Unknown region</source>
        <translation>&amp;Неизвестный регион</translation>
    </message>
    <message>
        <source>Nobody knows which cameras here feed face recognition: wide estimates</source>
        <translation>Неизвестно, какие камеры здесь передают изображение в систему распознавания лиц: оценки широкие</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Fit to data</source>
        <translation>&amp;Показать всё</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Показать всю карту</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Уме&amp;ньшить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Cameras &amp;near the middle of the map…</source>
        <translation>Камеры &amp;рядом с серединой карты…</translation>
    </message>
    <message>
        <source>List the mapped cameras near the middle of the map, nearest first, in words</source>
        <translation>Список камер с карты рядом с серединой карты словами, сначала ближайшие</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>Показать &amp;легенду</translation>
    </message>
    <message>
        <source>Show the key to the map&apos;s symbols</source>
        <translation>Показать, что означают значки на карте</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera &amp;inspector</source>
        <translation>П&amp;анель «Камера»</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>Исто&amp;чники</translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation>Слои карты</translation>
    </message>
    <message>
        <source>&amp;Layers toolbar</source>
        <translation>Панель &amp;слоёв</translation>
    </message>
    <message>
        <source>Editing tools</source>
        <translation>Инструменты правки</translation>
    </message>
    <message>
        <source>&amp;Editing toolbar</source>
        <translation>Панель &amp;правки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Добро пожаловать…</translation>
    </message>
    <message>
        <source>What Blindspot is and how to get data</source>
        <translation>Что такое Blindspot и где взять данные</translation>
    </message>
    <message>
        <source>How the &amp;estimates work</source>
        <translation>&amp;Как устроены оценки</translation>
    </message>
    <message>
        <source>Every assumption behind the estimates, with its source</source>
        <translation>Все предположения, на которых основаны оценки, с источниками</translation>
    </message>
    <message>
        <source>&amp;About Blindspot</source>
        <translation>&amp;О программе Blindspot</translation>
    </message>
    <message>
        <source>Licence, libraries and the map&apos;s sources</source>
        <translation>Лицензия, библиотеки и источники данных карты</translation>
    </message>
</context>
<context>
    <name>blindspot::MainWindow</name>
    <message>
        <source>Cannot open map pack</source>
        <translation>Не удалось открыть пакет данных</translation>
    </message>
    <message>
        <source>Blindspot</source>
        <translation>Blindspot</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>Карта не открыта</translation>
    </message>
    <message>
        <source>%1[*] (fictional training data) – Blindspot</source>
        <translation>%1[*] (вымышленные учебные данные) – Blindspot</translation>
    </message>
    <message>
        <source>%1[*] – Blindspot</source>
        <translation>%1[*] – Blindspot</translation>
    </message>
    <message>
        <source>Lines: %1 · Stations: %2 · Cameras: %3 · Face recognition confirmed: %4</source>
        <translation>Линий: %1 · Станций: %2 · Камер: %3 · С подтверждённым распознаванием лиц: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fictional training city.&lt;/b&gt; This is not a real place: its stations and cameras are invented for practice. Do not use this map to plan a real trip.</source>
        <translation>&lt;b&gt;Вымышленный учебный город.&lt;/b&gt; Это не настоящее место: его станции и камеры придуманы для тренировки. Не планируйте по этой карте настоящую поездку.</translation>
    </message>
    <message>
        <source>Offline: this app never uses the network</source>
        <translation>Офлайн: эта программа никогда не использует сеть</translation>
    </message>
    <message>
        <source>Blindspot opens no network connection. Map data arrives only through files you choose.</source>
        <translation>Blindspot не подключается к сети. Данные карты попадают в него только из файлов, которые вы выбираете сами.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Click to see its sources and edit it.&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Нажмите, чтобы увидеть источники и изменить.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>That translation could not be loaded; Blindspot stays in English.</source>
        <translation>Не удалось загрузить этот перевод; Blindspot останется на английском.</translation>
    </message>
    <message>
        <source>Stations: %1 · Cameras: %2</source>
        <translation>Станций: %1 · Камер: %2</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
</context>
<context>
    <name>blindspot::MapLayers</name>
    <message>
        <source>Metro &amp;lines</source>
        <translation>Линии &amp;метро</translation>
    </message>
    <message>
        <source>Show the metro lines in their colours</source>
        <translation>Показать линии метро их цветами</translation>
    </message>
    <message>
        <source>&amp;Stations and entrances</source>
        <translation>&amp;Станции и входы</translation>
    </message>
    <message>
        <source>Show stations, transfers, street entrances and station names</source>
        <translation>Показать станции, пересадки, входы с улицы и названия станций</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>&amp;Камеры</translation>
    </message>
    <message>
        <source>Show cameras by face-recognition status; close cameras are grouped with their number when zoomed out</source>
        <translation>Показать камеры по статусу распознавания лиц; при уменьшении масштаба близкие камеры объединяются в группы с указанием их числа</translation>
    </message>
    <message>
        <source>Camera c&amp;overage</source>
        <translation>&amp;Зоны обзора камер</translation>
    </message>
    <message>
        <source>When zoomed in, show where each street camera can identify a face: the area the exposure estimate uses</source>
        <translation>При увеличении показать, где каждая уличная камера может опознать лицо: эту область использует оценка риска</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Тепловая карта</translation>
    </message>
    <message>
        <source>Show the face-recognition hazard per second spent in each place; grey hatching marks places without data</source>
        <translation>Показать, насколько быстро камеры с распознаванием лиц могут опознать человека в каждом месте (риск за каждую секунду, проведённую там); серой штриховкой отмечены места без данных</translation>
    </message>
    <message>
        <source>Sur&amp;vey areas</source>
        <translation>Обследованные &amp;районы</translation>
    </message>
    <message>
        <source>Show the areas where mappers looked for cameras</source>
        <translation>Показать районы, где картографы-добровольцы искали камеры</translation>
    </message>
    <message>
        <source>S&amp;treets</source>
        <translation>Ули&amp;цы</translation>
    </message>
    <message>
        <source>Show the imported street network</source>
        <translation>Показать импортированную сеть улиц</translation>
    </message>
    <message>
        <source>Selected &amp;route</source>
        <translation>&amp;Выбранный маршрут</translation>
    </message>
    <message>
        <source>Show the route selected in the planner</source>
        <translation>Показать маршрут, выбранный в планировщике</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>&amp;Подложка</translation>
    </message>
    <message>
        <source>Show water, parks, buildings, railways and street and district names from the imported street map</source>
        <translation>Показывать воду, парки, здания, железные дороги и названия улиц и районов из импортированной карты улиц</translation>
    </message>
</context>
<context>
    <name>blindspot::MapLegend</name>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Metro</source>
        <translation>Метро</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Transfer between lines</source>
        <translation>Пересадка между линиями</translation>
    </message>
    <message>
        <source>Station entrance (when zoomed in)</source>
        <translation>Вход на станцию (в крупном масштабе)</translation>
    </message>
    <message>
        <source>Area where mappers looked for cameras</source>
        <translation>Район, где картографы-добровольцы искали камеры</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Grey hatching: nobody has mapped cameras here. Not safe, not dangerous.</source>
        <translation>Серая штриховка: здесь никто не наносил камеры на карту. Это не значит ни «безопасно», ни «опасно».</translation>
    </message>
    <message>
        <source>Where a camera identifies faces</source>
        <translation>Где камера опознаёт лица</translation>
    </message>
    <message>
        <source>How quickly cameras here, mapped and estimated, could identify a face of someone who stays: dark is slowly, bright is within seconds. The numbers: the chance of being identified per second spent here.</source>
        <translation>Как быстро камеры здесь — отмеченные на карте и предполагаемые — могли бы опознать лицо человека, который здесь задержится: тёмное — медленно, яркое — за секунды. Числа — вероятность опознания за каждую секунду, проведённую здесь.</translation>
    </message>
    <message>
        <source>Zoomed out, nearby cameras are counted in a circle: click it or zoom in to see each one.</source>
        <translation>В мелком масштабе соседние камеры собраны в кружок с их числом: нажмите на него или увеличьте масштаб, чтобы увидеть каждую.</translation>
    </message>
    <message>
        <source>Close cameras share one symbol, showing the most serious of them. A circle&apos;s ring is divided by the statuses of the cameras it counts, and the symbol on its edge is the most serious one inside. A symbol on a station&apos;s edge stands for cameras inside the station.</source>
        <translation>Камеры, стоящие рядом, показаны одним значком — по самой серьёзной из них. Обводка кружка поделена по статусам камер, которые он считает, а значок на его краю — самый серьёзный статус внутри. Значок на краю станции обозначает камеры внутри станции.</translation>
    </message>
    <message>
        <source>Map key</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Show what the map&apos;s symbols mean</source>
        <translation>Показать, что означают значки на карте</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Fold the key down to a button, so that it covers less of the map</source>
        <translation>Свернуть легенду в кнопку, чтобы она меньше закрывала карту</translation>
    </message>
    <message>
        <source>Edges of wedges and parts of rings: solid for confirmed, dashed for suspected, thin for unknown (wedges hatched too), dotted for none.</source>
        <translation>Края секторов и частей кружков: сплошные — распознавание подтверждено, штриховые — предполагается, тонкие — неизвестно (секторы ещё и заштрихованы), точечные — без распознавания.</translation>
    </message>
    <message>
        <source>Selected route</source>
        <translation>Выбранный маршрут</translation>
    </message>
    <message>
        <source>A step&apos;s own chance of being identified: the wider and darker, the likelier. Beside a numbered marker: out of 10 trips (%1).</source>
        <translation>Вероятность, что вас опознают на этом участке: чем шире и темнее линия, тем она выше. Рядом с пронумерованной меткой — из 10 поездок (%1).</translation>
    </message>
</context>
<context>
    <name>blindspot::MapMarksOverlay</name>
    <message>
        <source>Where the group expects a camera</source>
        <translation>Где группа ожидает камеру</translation>
    </message>
    <message>
        <source>A camera&apos;s number in the list beside the map</source>
        <translation>Номер камеры в списке рядом с картой</translation>
    </message>
</context>
<context>
    <name>blindspot::MapView</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>This map pack has nothing with a position to draw.</source>
        <translation>В этом пакете данных нет объектов с координатами — рисовать нечего.</translation>
    </message>
    <message>
        <source>No map is open.
Choose File &gt; Open… to open a map pack, or File &gt; Open training city to practise on a fictional city.</source>
        <translation>Карта не открыта.
Выберите «Файл &gt; Открыть…», чтобы открыть пакет данных, или «Файл &gt; Открыть учебный город», чтобы потренироваться на вымышленном городе.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>Cameras, stations and the selected route. Press Enter to read the route step by step in the route details.</source>
        <translation>Камеры, станции и выбранный маршрут. Нажмите Enter, чтобы прочитать маршрут по шагам в подробностях маршрута.</translation>
    </message>
    <message>
        <source>Cameras and stations.</source>
        <translation>Камеры и станции.</translation>
    </message>
    <message>
        <source>Enter: pick this place</source>
        <translation>Enter — выбрать это место</translation>
    </message>
    <message>
        <source>Enter: add a camera here</source>
        <translation>Enter — добавить камеру здесь</translation>
    </message>
    <message>
        <source>Space: corner here, Enter: close</source>
        <translation>Пробел — угол здесь, Enter — замкнуть</translation>
    </message>
    <message>
        <source>Picking a place: move the map with the arrow keys until the place is under the cross in the middle, then press Enter. Escape cancels.</source>
        <translation>Выбор места: двигайте карту стрелками, пока место не окажется под крестиком в середине, затем нажмите Enter. Escape — отмена.</translation>
    </message>
    <message>
        <source>Adding cameras: move the map with the arrow keys until the camera&apos;s place is under the cross in the middle, then press Enter. Escape stops.</source>
        <translation>Добавление камер: двигайте карту стрелками, пока место камеры не окажется под крестиком в середине, затем нажмите Enter. Escape — закончить.</translation>
    </message>
    <message>
        <source>Drawing a survey area: move the map with the arrow keys, press Space to put a corner under the cross in the middle, Backspace to take the last one back, Enter to close the area. Escape cancels.</source>
        <translation>Рисование обследованного района: двигайте карту стрелками, нажмите пробел, чтобы поставить угол под крестиком в середине, Backspace — убрать последний, Enter — замкнуть район. Escape — отмена.</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, 0 shows all of it. Ctrl+Shift+N lists the cameras near its middle in words.</source>
        <translation>Стрелки сдвигают карту, плюс и минус меняют масштаб, 0 показывает её целиком. Ctrl+Shift+N перечисляет словами камеры рядом с её серединой.</translation>
    </message>
</context>
<context>
    <name>blindspot::MethodologyDialog</name>
    <message>
        <source>How Blindspot estimates exposure</source>
        <translation>Как Blindspot оценивает риск опознания</translation>
    </message>
</context>
<context>
    <name>blindspot::MythOrEvidenceExercise</name>
    <message>
        <source>Reveal the evidence</source>
        <translation>Показать доказательства</translation>
    </message>
    <message>
        <source>No statements available.</source>
        <translation>Утверждений нет.</translation>
    </message>
    <message>
        <source>Statement %1 of %2: myth or evidence?</source>
        <translation>Утверждение %1 из %2: миф или доказано?</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Legal risk: following this advice can itself break a law.</source>
        <translation>Юридический риск: следуя этому совету, можно нарушить закон.</translation>
    </message>
    <message>
        <source>What does the group think: myth, evidence, or not sure?</source>
        <translation>Что думает группа: миф, доказано или непонятно?</translation>
    </message>
    <message>
        <source>Myth, evidence, or not sure?</source>
        <translation>Миф, доказано или непонятно?</translation>
    </message>
    <message>
        <source>Let people answer before revealing; a show of hands keeps it quick.</source>
        <translation>Дайте людям ответить, прежде чем показывать ответ; голосование поднятием рук сэкономит время.</translation>
    </message>
    <message>
        <source>Nobody is wrong here: the point is how sure anyone can be. Stress that nothing makes a person invisible.</source>
        <translation>Здесь никто не ошибается: важно, насколько вообще можно быть в чём-то уверенным. Подчеркните, что ничто не делает человека невидимым.</translation>
    </message>
    <message>
        <source>Never suggest covering the face at rallies: it is illegal in Russia (Law 54-FZ). For legal questions, point to OVD-Info.</source>
        <translation>Никогда не советуйте закрывать лицо на митингах: в России это запрещено (закон 54-ФЗ). С юридическими вопросами направляйте к ОВД-Инфо.</translation>
    </message>
</context>
<context>
    <name>blindspot::NearbyCamerasDialog</name>
    <message>
        <source>Cameras near the middle of the map</source>
        <translation>Камеры рядом с серединой карты</translation>
    </message>
    <message>
        <source>No mapped camera within %1 of the middle of the map. That does not make it safe: cameras nobody mapped are not on the map.</source>
        <translation>В пределах %1 от середины карты нет камер с карты. Это не значит, что здесь безопасно: камер, которые никто не отметил, на карте нет.</translation>
    </message>
    <message>
        <source>Mapped cameras within %1 of the middle of the map: %2. Nearest first.</source>
        <translation>Камер с карты в пределах %1 от середины карты: %2. Сначала ближайшие.</translation>
    </message>
    <message>
        <source>The %1 nearest are listed.</source>
        <translation>В списке ближайшие: %1.</translation>
    </message>
    <message>
        <source>Of those listed, face recognition confirmed: %1, suspected: %2.</source>
        <translation>Из них в списке распознавание лиц подтверждено: %1, предполагается: %2.</translation>
    </message>
    <message>
        <source>The middle of the map is %1.</source>
        <translation>Середина карты: %1.</translation>
    </message>
    <message>
        <source>Cameras near the middle of the map, nearest first</source>
        <translation>Камеры рядом с серединой карты, сначала ближайшие</translation>
    </message>
    <message>
        <source>which way it looks is not known</source>
        <translation>куда смотрит, неизвестно</translation>
    </message>
    <message>
        <source>looks towards the middle of the map</source>
        <translation>смотрит на середину карты</translation>
    </message>
    <message>
        <source>looks away from it</source>
        <translation>смотрит в другую сторону</translation>
    </message>
    <message>
        <source>In the middle of the map</source>
        <translation>В середине карты</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>40 m north-east</comment>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: what</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Selects the camera chosen in the list on the map and shows what is known about it</source>
        <translation>Выбирает на карте камеру, выбранную в списке, и показывает, что о ней известно</translation>
    </message>
</context>
<context>
    <name>blindspot::NotesPanel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Сохранить &amp;заметку</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <translation>Сначала напишите название или текст.</translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation>Заметка не сохранена: %1</translation>
    </message>
    <message>
        <source>Note saved in your encrypted workspace.</source>
        <translation>Заметка сохранена в вашей зашифрованной рабочей области.</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Удалить эту заметку?</translation>
    </message>
    <message>
        <source>Delete the note &quot;%1&quot;? This cannot be undone.</source>
        <translation>Удалить заметку «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Note not deleted: %1</source>
        <translation>Заметка не удалена: %1</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Заметка удалена.</translation>
    </message>
    <message>
        <source>Notes are saved encrypted in your workspace when you press Save note, or when you lock.</source>
        <translation>Заметки сохраняются в зашифрованном виде в рабочей области, когда вы нажимаете «Сохранить заметку» или блокируете программу.</translation>
    </message>
    <message>
        <source>Without a workspace, notes are kept in memory only, until you lock or close Blindspot.</source>
        <translation>Без рабочей области заметки хранятся только в памяти — пока вы не заблокируете или не закроете Blindspot.</translation>
    </message>
    <message>
        <source>Note kept in memory only: it is gone when you lock or close Blindspot.</source>
        <translation>Заметка хранится только в памяти: она пропадёт, когда вы заблокируете или закроете Blindspot.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Заголовок заметки</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
</context>
<context>
    <name>blindspot::PackImportCheck</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>%1 is larger than Blindspot accepts. Nothing was imported.</source>
        <translation>Файл %1 больше, чем допускает Blindspot. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import was applied, but its version could not be remembered: %1</source>
        <translation>Импорт применён, но версию пакета данных не удалось запомнить: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::PackTrustDialog</name>
    <message>
        <source>Who made this map pack?</source>
        <translation>Кто создал этот пакет данных?</translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Доверять этому ключу…</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file (.pub), compare its fingerprint with the signer, and give the signer a name</source>
        <translation>Выбрать файл открытого ключа подписанта (.pub), сверить его отпечаток с подписантом и указать имя подписанта</translation>
    </message>
    <message>
        <source>I know why: import it anyway, as an untrusted source</source>
        <translation>Я знаю, почему так вышло: всё равно импортировать как недоверенный источник</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>&amp;Проверить изменения…</translation>
    </message>
    <message>
        <source>&amp;Do not import</source>
        <translation>&amp;Не импортировать</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Map: %2, version %3. Publisher, as the file says: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Карта: %2, версия %3. Издатель, как указано в файле: %4.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature file beside this map pack cannot be read.&lt;/b&gt; It may be damaged, or it was altered.</source>
        <translation>&lt;b&gt;Не удаётся прочитать файл подписи рядом с этим пакетом данных.&lt;/b&gt; Возможно, он повреждён или изменён.</translation>
    </message>
    <message>
        <source>Key ID %1 · fingerprint &lt;tt&gt;%2&lt;/tt&gt; · trusted since %3</source>
        <translation>Идентификатор ключа %1 · отпечаток &lt;tt&gt;%2&lt;/tt&gt; · доверенный с %3</translation>
    </message>
    <message>
        <source>To trust it, get the signer&apos;s public key file (.pub) from them in person or through a channel you already trust, not from where this map pack came from. You will compare its fingerprint before anything is trusted.</source>
        <translation>Чтобы доверять этому ключу, получите файл открытого ключа (.pub) от самого подписанта — лично или через канал, которому вы уже доверяете, но не оттуда, откуда пришёл этот пакет данных. Прежде чем что-либо станет доверенным, вы сверите отпечаток ключа.</translation>
    </message>
    <message>
        <source>It is imported as a trusted source: it may also remove cameras or lower their face-recognition status, each shown for your review.</source>
        <translation>Пакет данных будет импортирован как доверенный источник: он может также удалять камеры или понижать их статус распознавания лиц — каждое такое изменение будет показано вам для проверки.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>Открытый ключ подписанта</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Открытые ключи minisign (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Ключ не добавлен в доверенные</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was trusted.</source>
        <translation>Не удаётся открыть %1: %2. Ничего не добавлено в доверенные.</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key file. Nothing was trusted.</source>
        <translation>Файл %1 слишком большой для открытого ключа. Ничего не добавлено в доверенные.</translation>
    </message>
    <message>
        <source>This is not a public key file Blindspot can read (%1). Nothing was trusted.</source>
        <translation>Это не файл открытого ключа, который Blindspot может прочитать (%1). Ничего не добавлено в доверенные.</translation>
    </message>
    <message>
        <source>This key (key ID %1) did not sign this map pack, which was signed with key ID %2. Choose the public key of the one who signed it. Nothing was trusted.</source>
        <translation>Этот ключ (идентификатор %1) не подписывал этот пакет данных: пакет подписан ключом с идентификатором %2. Выберите открытый ключ того, кто его подписал. Ничего не добавлено в доверенные.</translation>
    </message>
</context>
<context>
    <name>blindspot::PhotoEvidenceController</name>
    <message>
        <source>Attach a photo of this camera</source>
        <translation>Прикрепить фото этой камеры</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Photo not attached</source>
        <translation>Фото не прикреплено</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was attached.</source>
        <translation>Не удаётся открыть %1: %2. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>%1 is larger than Blindspot accepts for a photo. Nothing was attached.</source>
        <translation>Файл %1 больше, чем Blindspot допускает для фото. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>%1. Nothing was attached.</source>
        <translation>%1. Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>The photo was stored, but the camera could not be changed to refer to it.</source>
        <translation>Фото сохранено, но связать его с камерой не удалось.</translation>
    </message>
    <message>
        <source>Photo attached; the covered version is kept encrypted in your workspace.</source>
        <translation>Фото прикреплено; версия с закрашенными участками хранится в зашифрованном виде в вашей рабочей области.</translation>
    </message>
    <message>
        <source>Photo attached; the covered version is kept in memory only, until Blindspot closes.</source>
        <translation>Фото прикреплено; версия с закрашенными участками хранится только в памяти, до закрытия Blindspot.</translation>
    </message>
</context>
<context>
    <name>blindspot::PhotoRedactionDialog</name>
    <message>
        <source>Attach a photo of this camera</source>
        <translation>Прикрепить фото этой камеры</translation>
    </message>
    <message>
        <source>&amp;Remove last box</source>
        <translation>&amp;Убрать последнюю рамку</translation>
    </message>
    <message>
        <source>&amp;Attach this version</source>
        <translation>&amp;Прикрепить эту версию</translation>
    </message>
    <message>
        <source>This is the version that will be stored. Hidden data in the photo (the place and time it was taken, the phone&apos;s model) is removed, and the faces Blindspot found are covered with solid black. Faces it missed are not covered: drag a box over every face, name tag, number plate or anything else that could identify someone. The original file is not changed or copied; delete it yourself if it could harm anyone.</source>
        <translation>Сохранена будет именно эта версия. Скрытые данные фото (место и время съёмки, модель телефона) удаляются, а лица, которые нашёл Blindspot, закрашиваются сплошным чёрным. Пропущенные лица не закрашены: растяните рамку поверх каждого лица, бейджа с именем, номерного знака и всего остального, по чему можно кого-то опознать. Исходный файл не изменяется и не копируется; если он может кому-то навредить, удалите его сами.</translation>
    </message>
    <message>
        <source>Faces cannot be found automatically on this computer (OpenCV&apos;s face models are not installed). Cover every face yourself.</source>
        <translation>На этом компьютере лица нельзя найти автоматически (модели лиц OpenCV не установлены). Закройте рамкой каждое лицо сами.</translation>
    </message>
    <message>
        <source>No faces were found. Look carefully and cover any you see.</source>
        <translation>Лица не найдены. Посмотрите внимательно и закройте рамкой все, которые увидите.</translation>
    </message>
    <message>
        <source>Cannot cover that part</source>
        <translation>Не удаётся закрасить этот участок</translation>
    </message>
    <message>
        <source>Faces found and covered: %1. Check for any that were missed.</source>
        <translation>Найдено и закрашено лиц: %1. Проверьте, не пропущено ли какое-нибудь.</translation>
    </message>
    <message>
        <source>Boxes you drew: %1.</source>
        <translation>Нарисовано рамок: %1.</translation>
    </message>
    <message>
        <source>%1. The photo stays as it was.</source>
        <translation>%1. Фото осталось как было.</translation>
    </message>
</context>
<context>
    <name>blindspot::PlannerPanel</name>
    <message>
        <source>Plan a trip</source>
        <translation>Спланировать поездку</translation>
    </message>
    <message>
        <source>Route details</source>
        <translation>Подробности маршрута</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Маршрут</translation>
    </message>
    <message>
        <source>&amp;Plan routes</source>
        <translation>&amp;Построить маршруты</translation>
    </message>
    <message>
        <source>&amp;Swap start and destination</source>
        <translation>Поменять &amp;местами «откуда» и «куда»</translation>
    </message>
    <message>
        <source>P&amp;rint route card (save as PDF)…</source>
        <translation>&amp;Распечатать карточку маршрута (сохранить в PDF)…</translation>
    </message>
    <message>
        <source>Save route card as &amp;image…</source>
        <translation>Сохранить карточку маршрута как &amp;изображение…</translation>
    </message>
    <message>
        <source>Station, or pick on the map</source>
        <translation>Станция или точка на карте</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>На карте</translation>
    </message>
    <message>
        <source>Click a place on the map to use it</source>
        <translation>Нажмите на место на карте, чтобы выбрать его</translation>
    </message>
    <message>
        <source>Swap start and destination</source>
        <translation>Поменять местами «откуда» и «куда»</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Ordinary day</source>
        <translation>Обычный день</translation>
    </message>
    <message>
        <source>Alert day (protests, holidays)</source>
        <translation>День усиленного контроля (протесты, праздники)</translation>
    </message>
    <message>
        <source>Around announced protests and on holidays, preventive detentions at metro entrances spike: every camera that can feed face recognition is assumed to.</source>
        <translation>Во время объявленных протестов и в праздники резко растёт число превентивных задержаний у входов в метро: считается, что каждая камера, которая может передавать изображение в систему распознавания лиц, это делает.</translation>
    </message>
    <message>
        <source>More choices: time, what to avoid, what-ifs</source>
        <translation>Другие параметры: время, что обходить, «что если»</translation>
    </message>
    <message>
        <source>Metro and walking</source>
        <translation>Метро и пешком</translation>
    </message>
    <message>
        <source>Metro (walk only to and from it)</source>
        <translation>Метро (пешком только до метро и от него)</translation>
    </message>
    <message>
        <source>Walk only</source>
        <translation>Только пешком</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Up to %1 × the fastest</source>
        <translation>До %1 × самого быстрого</translation>
    </message>
    <message>
        <source>&amp;Avoid:</source>
        <translation>&amp;Избегать:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Avoid lines:</source>
        <translation>Избегать линий:</translation>
    </message>
    <message>
        <source>What if… (never a promise of safety)</source>
        <translation>Что если… (это не обещание безопасности)</translation>
    </message>
    <message>
        <source>I wear a medical mask</source>
        <translation>Я в медицинской маске</translation>
    </message>
    <message>
        <source>I wear dark sunglasses</source>
        <translation>Я в тёмных солнцезащитных очках</translation>
    </message>
    <message>
        <source>I wear a cap and look down</source>
        <translation>Я в кепке и смотрю вниз</translation>
    </message>
    <message>
        <source>Evidence: a mask helps partly and less every year, and covering the face at a rally is illegal in Russia (54-FZ); sunglasses: moderate, from lab tests; a cap: unknown, as turnstile cameras sit at face height.</source>
        <translation>Доказательства: маска помогает частично и с каждым годом всё меньше, а закрывать лицо на митинге в России запрещено законом (54-ФЗ); солнцезащитные очки — умеренные доказательства, из лабораторных испытаний; кепка — неизвестно, ведь камеры на турникетах висят на уровне лица.</translation>
    </message>
    <message>
        <source>The map was edited: press Plan routes to see the routes on the changed map.</source>
        <translation>Карта изменилась: нажмите «Построить маршруты», чтобы увидеть маршруты на изменённой карте.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · lines %2</source>
        <translation>%1 · линии %2</translation>
    </message>
    <message>
        <source>No station or entrance called &quot;%1&quot; to avoid.</source>
        <translation>Нет станции или входа «%1», которые можно было бы обойти.</translation>
    </message>
    <message>
        <source>Open a map first.</source>
        <translation>Сначала откройте карту.</translation>
    </message>
    <message>
        <source>Type where you start: a station, or pick a point on the map.</source>
        <translation>Введите, откуда вы едете: станцию — или выберите точку на карте.</translation>
    </message>
    <message>
        <source>Type where you are going: a station, or pick a point on the map.</source>
        <translation>Введите, куда вы едете: станцию — или выберите точку на карте.</translation>
    </message>
    <message>
        <source>Cannot plan on this map: %1</source>
        <translation>Не удаётся построить маршрут по этой карте: %1</translation>
    </message>
    <message>
        <source>No route found with these choices. Allow more time, avoid fewer stations or lines, or choose another way of travelling.</source>
        <translation>С такими параметрами маршрут не найден. Разрешите больше времени, обходите меньше станций или линий или выберите другой способ передвижения.</translation>
    </message>
    <message>
        <source>Plan a trip and choose a route first.</source>
        <translation>Сначала спланируйте поездку и выберите маршрут.</translation>
    </message>
    <message>
        <source>Save route card as image</source>
        <translation>Сохранить карточку маршрута как изображение</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save route card as PDF</source>
        <translation>Сохранить карточку маршрута в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Route card saved to %1. It shows your route: print it, then delete the file.</source>
        <translation>Карточка маршрута сохранена в %1. По ней видно ваш маршрут: распечатайте её, а затем удалите файл.</translation>
    </message>
    <message>
        <source>Start and destination are the same place.</source>
        <translation>Место отправления и место назначения совпадают.</translation>
    </message>
    <message>
        <source>The map was edited: check the recorded walk again to see it on the changed map.</source>
        <translation>Карта изменилась: проверьте записанный путь ещё раз, чтобы увидеть его на изменённой карте.</translation>
    </message>
    <message>
        <source>Cannot evaluate on this map: %1</source>
        <translation>Не удаётся оценить путь по этой карте: %1</translation>
    </message>
    <message>
        <source>This file holds no walk: its points are all in one place.</source>
        <translation>В этом файле нет пути: все его точки в одном месте.</translation>
    </message>
    <message>
        <source>Shown: a recorded walk from a file, as it was walked. It is not a suggested route. Planning a trip replaces it.</source>
        <translation>Показан записанный путь из файла — так, как его прошли. Это не предлагаемый маршрут. Если спланировать поездку, он будет заменён.</translation>
    </message>
    <message>
        <source>A station&apos;s name, then Enter</source>
        <translation>Название станции, затем Enter</translation>
    </message>
    <message>
        <source>%1 · line %2</source>
        <translation>%1 · линия %2</translation>
    </message>
    <message>
        <source>Up to %1 × the fastest (%2)</source>
        <translation>До %1 × самого быстрого (%2)</translation>
    </message>
    <message>
        <source>Pick the start on the map</source>
        <translation>Выбрать начало на карте</translation>
    </message>
    <message>
        <source>Pick the destination on the map</source>
        <translation>Выбрать цель на карте</translation>
    </message>
    <message>
        <source>Clear the start</source>
        <translation>Очистить начало</translation>
    </message>
    <message>
        <source>Clear the destination</source>
        <translation>Очистить цель</translation>
    </message>
    <message>
        <source>Remove the selected stations to avoid</source>
        <translation>Убрать выбранные станции из обходимых</translation>
    </message>
    <message>
        <source>Stations to avoid</source>
        <translation>Станции, которые обходить</translation>
    </message>
    <message>
        <source>Lines to avoid</source>
        <translation>Линии, которые обходить</translation>
    </message>
    <message>
        <source>Click the map where the trip starts. Esc cancels.</source>
        <translation>Щёлкните на карте там, где начинается поездка. Esc — отмена.</translation>
    </message>
    <message>
        <source>Click the map where the trip ends. Esc cancels.</source>
        <translation>Щёлкните на карте там, где заканчивается поездка. Esc — отмена.</translation>
    </message>
    <message>
        <source>The trip starts %1.</source>
        <translation>Начало поездки: %1.</translation>
    </message>
    <message>
        <source>The trip ends %1.</source>
        <translation>Конец поездки: %1.</translation>
    </message>
    <message>
        <source>Station, address, or pick on the map</source>
        <translation>Станция, адрес или точка на карте</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; on this map: no station, entrance, address or place. Check the spelling, or pick the point on the map.</source>
        <translation>На этой карте нет ничего под названием «%1»: ни станции, ни входа, ни адреса, ни места. Проверьте написание или выберите точку на карте.</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; on this map. Did you mean: %2?</source>
        <translation>На этой карте нет ничего под названием «%1». Может быть, вы имели в виду: %2?</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>Построить маршруты</translation>
    </message>
    <message>
        <source>Planning routes…</source>
        <translation>Строим маршруты…</translation>
    </message>
    <message>
        <source>Looking for what would lower the risk…</source>
        <translation>Ищем, что снизило бы риск…</translation>
    </message>
    <message>
        <source>Check a recorded walk</source>
        <translation>Проверить записанный путь</translation>
    </message>
    <message>
        <source>Checking the walk…</source>
        <translation>Проверяем путь…</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>О&amp;ткуда</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>Travel &amp;by:</source>
        <translation>Способ передви&amp;жения:</translation>
    </message>
    <message>
        <source>Ti&amp;me limit:</source>
        <translation>&amp;Лимит времени:</translation>
    </message>
    <message>
        <source>Pla&amp;n routes</source>
        <translation>Пост&amp;роить маршруты</translation>
    </message>
</context>
<context>
    <name>blindspot::PresenterView</name>
    <message>
        <source>Blindspot - presenter view</source>
        <translation>Blindspot - режим докладчика</translation>
    </message>
    <message>
        <source>%1. Its cameras and numbers illustrate; they describe no real place.</source>
        <translation>%1. Камеры и числа здесь служат для примера и не описывают никакое реальное место.</translation>
    </message>
</context>
<context>
    <name>blindspot::RecentFilesController</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteCard</name>
    <message>
        <source>Fastest</source>
        <translation>Самый быстрый</translation>
    </message>
    <message>
        <source>Least exposed</source>
        <translation>Наименьший риск</translation>
    </message>
    <message>
        <source>%1 than the fastest</source>
        <translation>%1 по сравнению с самым быстрым</translation>
    </message>
    <message>
        <source>Transfers: %1 · Face-recognition cameras passed: %2 · Walking: %3</source>
        <translation>Пересадок: %1 · Камер с распознаванием лиц на пути: %2 · Пешком: %3</translation>
    </message>
    <message>
        <source>Transfers: %1 · Face-recognition cameras passed: %2</source>
        <translation>Пересадок: %1 · Камер с распознаванием лиц на пути: %2</translation>
    </message>
    <message>
        <source>Mapped cameras along the way whose face recognition is confirmed or suspected. Station cameras nobody mapped are counted in the chance, not here.</source>
        <translation>Камеры на пути, нанесённые на карту, у которых распознавание лиц подтверждено или предполагается. Камеры на станциях, которые никто не нанёс на карту, учтены в вероятности, а не здесь.</translation>
    </message>
    <message>
        <source>Route, %1: %2, %3</source>
        <translation>Маршрут, %1: %2, %3</translation>
    </message>
    <message>
        <source>How many times a live face-recognition system gets a usable look at your face on this trip: this keeps counting when the chance is already near certain, and it is what a search of stored footage would find.</source>
        <translation>Сколько раз работающая система распознавания лиц получает пригодный снимок вашего лица за эту поездку: этот счёт растёт и тогда, когда вероятность уже близка к полной, и именно это нашёл бы поиск по сохранённым записям.</translation>
    </message>
    <message>
        <source>Least exposed within the limit</source>
        <translation>Наименьший риск в пределах ограничения</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Выбран</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteCards</name>
    <message>
        <source>Routes: chance of being identified by face recognition</source>
        <translation>Маршруты: вероятность, что вас опознает система распознавания лиц</translation>
    </message>
    <message>
        <source>identified (most likely)</source>
        <translation>опознают (самый вероятный исход)</translation>
    </message>
    <message>
        <source>uncertain (the range)</source>
        <translation>неопределённо (диапазон)</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>не опознают</translation>
    </message>
    <message>
        <source>Plan without the time limit</source>
        <translation>Построить без ограничения по времени</translation>
    </message>
    <message>
        <source>Planning done. Routes found: %1.</source>
        <translation>Маршруты построены. Найдено маршрутов: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Выбран: %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteComparisonExercise</name>
    <message>
        <source>Left:</source>
        <translation>Слева:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>Each card shows 10 trips by someone the system is looking for. Filled figures: identified in the central estimate; hatched: the range leaves it open. The grey bar shows how much of the estimate rests on places nobody mapped: no data is not safe, not dangerous.</source>
        <translation>Каждая карточка показывает 10 поездок человека, которого ищет система. Закрашенные фигурки — поездки, в которых по основной оценке человека опознают; штрихованные — диапазон оценки оставляет исход открытым. Серая полоса показывает, какая часть оценки опирается на места, которые никто не нанёс на карту: нет данных — это не значит ни «безопасно», ни «опасно».</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для этого блока не выбран сценарий.</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Сравните: %1</translation>
    </message>
    <message>
        <source>Ask which number rests on data and which on assumptions, before asking which route is &quot;better&quot;.</source>
        <translation>Прежде чем спрашивать, какой маршрут «лучше», спросите, какое число опирается на данные, а какое — на предположения.</translation>
    </message>
    <message>
        <source>Point at the grey bar: no data is not safe, not dangerous.</source>
        <translation>Покажите на серую полосу: нет данных — это не значит ни «безопасно», ни «опасно».</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteDetails</name>
    <message>
        <source>This step alone: %1 (%2-%3 of 10).</source>
        <translation>Только этот шаг: %1 (%2-%3 из 10).</translation>
    </message>
    <message>
        <source>Most of the risk is here.</source>
        <translation>Здесь основная часть риска.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда риск:</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Что можно сделать</translation>
    </message>
    <message>
        <source>Whatever the route</source>
        <translation>При любом маршруте</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Plan a trip and choose one of its routes: this shows where on the route the risk is, and what would lower it.</source>
        <translation>Спланируйте поездку и выберите один из маршрутов: здесь будет видно, где на маршруте риск и что может его снизить.</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Шаг за шагом</translation>
    </message>
    <message>
        <source>On the map, each step&apos;s colour shows its own chance, from %1 lower to %2 higher; %3 walking is dashed; %4 grey stripes: no data (estimate from assumptions); %5 where most of the risk is.</source>
        <translation>На карте цвет каждого шага показывает вероятность именно на этом шаге: от %1 ниже до %2 выше; %3 пешие участки — пунктиром; %4 серые полосы — нет данных (оценка по предположениям); %5 — где основная часть риска.</translation>
    </message>
    <message>
        <source>How these numbers are made…</source>
        <translation>Как получены эти числа…</translation>
    </message>
    <message>
        <source>Route %1 of %2: %3</source>
        <translation>Маршрут %1 из %2: %3</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Попробовать</translation>
    </message>
    <message>
        <source>Plan this way</source>
        <translation>Построить так</translation>
    </message>
    <message>
        <source>Plan again with this change</source>
        <translation>Построить маршрут заново с этим изменением</translation>
    </message>
    <message>
        <source>No camera on this route is known or assumed to identify people. That is not a promise: the map may be incomplete.</source>
        <translation>На этом маршруте нет камер, о которых известно или предполагается, что они опознают людей. Это не обещание: карта может быть неполной.</translation>
    </message>
    <message>
        <source>No single step stands out: the risk is spread over the whole trip.</source>
        <translation>Ни один шаг не выделяется: риск распределён по всей поездке.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1.</source>
        <translation>Основная часть риска — %1.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1 and at %2.</source>
        <translation>Основная часть риска — %1 и %2.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1, at %2 and at %3.</source>
        <translation>Основная часть риска — %1, %2 и %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>No known or assumed face-recognition camera on this step.</source>
        <translation>На этом шаге нет известных или предполагаемых камер с распознаванием лиц.</translation>
    </message>
    <message>
        <source>Leave the phone at home or switched off: operators hand over location data (moderate evidence). Print the route card instead, and agree beforehand how you would call for help.</source>
        <translation>Оставьте телефон дома или выключите его: операторы связи передают данные о местоположении (умеренные доказательства). Вместо этого распечатайте карточку маршрута и заранее договоритесь, как вы позовёте на помощь.</translation>
    </message>
    <message>
        <source>Do not use Face Pay: it links your photo, bank card and Troika card. It does not stop face recognition: the turnstile cameras see you anyway.</source>
        <translation>Не пользуйтесь Face Pay: он связывает ваше фото, банковскую карту и карту «Тройка». От распознавания лиц это не защищает: камеры на турникетах видят вас в любом случае.</translation>
    </message>
    <message>
        <source>Metro Wi-Fi asks for your phone number or Gosuslugi account: using it ties the trip to you.</source>
        <translation>Wi-Fi в метро требует номер телефона или учётную запись на Госуслугах: если им пользоваться, поездка будет связана с вами.</translation>
    </message>
    <message>
        <source>If you are detained, OVD-Info (ovd.info) gives free legal help. Write their hotline number on the printed card.</source>
        <translation>Если вас задержат, ОВД-Инфо (ovd.info) бесплатно оказывает юридическую помощь. Запишите номер их горячей линии на распечатанной карточке.</translation>
    </message>
    <message>
        <source>No route is safe: a low number is not a promise. The map can miss cameras, and the model has limits the methodology describes.</source>
        <translation>Ни один маршрут не безопасен: низкое число — не обещание. На карте могут быть не все камеры, а у модели есть ограничения, описанные в методике.</translation>
    </message>
    <message>
        <source>This is the path in the file, as it was walked: Blindspot did not plan it and does not suggest it. Planning a trip replaces it.</source>
        <translation>Это путь из файла — так, как его прошли: Blindspot его не прокладывал и не предлагает. Если спланировать поездку, он будет заменён.</translation>
    </message>
    <message>
        <source>A recorded walk, as walked</source>
        <translation>Записанный путь, как его прошли</translation>
    </message>
    <message>
        <source>Cameras that have this walk in view</source>
        <translation>Камеры, в поле зрения которых попадает этот путь</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all are counted in the figures above).</source>
        <translation>
            <numerusform>… и ещё %n (все они учтены в цифрах выше).</numerusform>
            <numerusform>… и ещё %n (все они учтены в цифрах выше).</numerusform>
            <numerusform>… и ещё %n (все они учтены в цифрах выше).</numerusform>
        </translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Попробовать: %1</translation>
    </message>
    <message>
        <source>Plan this way: %1</source>
        <translation>Построить так: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>blindspot::SavedPlansController</name>
    <message>
        <source>Keep the start and destination of this trip, to plan it again later</source>
        <translation>Сохранить начало и конец этой поездки, чтобы позже построить маршрут заново</translation>
    </message>
    <message>
        <source>Sa&amp;ve this plan…</source>
        <translation>&amp;Сохранить этот маршрут…</translation>
    </message>
    <message>
        <source>Saved p&amp;lans</source>
        <translation>Со&amp;хранённые маршруты</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No saved plans</source>
        <translation>Нет сохранённых маршрутов</translation>
    </message>
    <message>
        <source>&amp;Delete a saved plan…</source>
        <translation>&amp;Удалить сохранённый маршрут…</translation>
    </message>
    <message>
        <source>Plan a trip first, then save it.</source>
        <translation>Сначала спланируйте поездку, потом сохраните маршрут.</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Маршрут не сохранён</translation>
    </message>
    <message>
        <source>Plan saved in your encrypted workspace.</source>
        <translation>Маршрут сохранён в вашей зашифрованной рабочей области.</translation>
    </message>
    <message>
        <source>Plan kept in memory only: it is gone when Blindspot closes.</source>
        <translation>Маршрут хранится только в памяти: он исчезнет, когда Blindspot закроется.</translation>
    </message>
    <message>
        <source>Save this plan</source>
        <translation>Сохранить этот маршрут</translation>
    </message>
    <message>
        <source>A name for this plan. It is kept encrypted in your workspace:</source>
        <translation>Название маршрута. Он хранится в зашифрованном виде в вашей рабочей области:</translation>
    </message>
    <message>
        <source>A name for this plan. Without a workspace it is kept only until Blindspot closes:</source>
        <translation>Название маршрута. Без рабочей области он хранится только до закрытия Blindspot:</translation>
    </message>
    <message>
        <source>Open a map first.</source>
        <translation>Сначала откройте карту.</translation>
    </message>
    <message>
        <source>This plan was saved on another map; it was planned on the map shown now.</source>
        <translation>Этот маршрут был сохранён на другой карте; он построен по карте, открытой сейчас.</translation>
    </message>
    <message>
        <source>Delete a saved plan</source>
        <translation>Удалить сохранённый маршрут</translation>
    </message>
    <message>
        <source>Saved plan to delete:</source>
        <translation>Какой сохранённый маршрут удалить:</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>Маршрут не удалён</translation>
    </message>
</context>
<context>
    <name>blindspot::ScenarioExercise</name>
    <message>
        <source>Previous choice</source>
        <translation>Предыдущий выбор</translation>
    </message>
    <message>
        <source>Show what each option leads to</source>
        <translation>Показать, к чему ведёт каждый вариант</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Следующий выбор</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для этого блока не выбран сценарий.</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Вопросы для группы</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Выбор %1 из %2</translation>
    </message>
</context>
<context>
    <name>blindspot::SecurityController</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Безопасность</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Clear your plans, keys and photos from memory at once and show the unlock screen</source>
        <translation>Немедленно удалить из памяти ваши маршруты, ключи и фото и показать экран разблокировки</translation>
    </message>
    <message>
        <source>&amp;Keep in a workspace…</source>
        <translation>Сохранять в &amp;рабочей области…</translation>
    </message>
    <message>
        <source>Make an encrypted workspace, so that what you do now is kept after Blindspot closes</source>
        <translation>Создать зашифрованную рабочую область, чтобы то, что вы делаете сейчас, сохранилось после закрытия Blindspot</translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation>&amp;Стереть…</translation>
    </message>
    <message>
        <source>Delete the workspace and Blindspot&apos;s settings for good (you are asked first)</source>
        <translation>Безвозвратно удалить рабочую область и настройки Blindspot (сначала вас спросят)</translation>
    </message>
    <message>
        <source>Workspace: unlocked</source>
        <translation>Рабочая область: разблокирована</translation>
    </message>
    <message>
        <source>Saved plans, trusted keys, photos and recent files are kept encrypted in %1. Security &gt; Lock now (Ctrl+L) clears them from memory.</source>
        <translation>Сохранённые маршруты, доверенные ключи, фото и недавние файлы хранятся в зашифрованном виде в %1. «Безопасность &gt; Заблокировать сейчас» (Ctrl+L) удаляет их из памяти.</translation>
    </message>
    <message>
        <source>Workspace: memory only</source>
        <translation>Рабочая область: только в памяти</translation>
    </message>
    <message>
        <source>Nothing you do is kept after you close Blindspot. To keep it, use Security &gt; Keep in a workspace.</source>
        <translation>После закрытия Blindspot ничего из того, что вы делаете, не сохранится. Чтобы сохранить, выберите «Безопасность &gt; Сохранять в рабочей области».</translation>
    </message>
    <message>
        <source>Workspace: locked</source>
        <translation>Рабочая область: заблокирована</translation>
    </message>
    <message>
        <source>Nothing of your workspace is in memory.</source>
        <translation>В памяти нет ничего из вашей рабочей области.</translation>
    </message>
    <message>
        <source>Map edits not saved to a file are put into the encrypted workspace and offered back when you unlock.</source>
        <translation>Изменения карты, не сохранённые в файл, помещаются в зашифрованную рабочую область и будут предложены снова при разблокировке.</translation>
    </message>
    <message>
        <source>Without a workspace, map edits not saved to a file are dropped: save them first.</source>
        <translation>Без рабочей области изменения карты, не сохранённые в файл, удаляются: сначала сохраните их.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>За&amp;метки</translation>
    </message>
    <message>
        <source>Write notes that are kept with your plans (encrypted in a workspace, or in memory only)</source>
        <translation>Записывать заметки, которые хранятся вместе с вашими маршрутами (в зашифрованной рабочей области или только в памяти)</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Доверенные ключи…</translation>
    </message>
    <message>
        <source>See, add and remove the keys whose signatures on map packs you trust</source>
        <translation>Просмотреть, добавить и убрать ключи, подписям которых на пакетах данных вы доверяете</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Save the workspace under a new passphrase</source>
        <translation>Сохранить рабочую область с новой парольной фразой</translation>
    </message>
    <message>
        <source>Passphrase changed: this workspace file now opens only with the new one; earlier copies still open with the old one.</source>
        <translation>Парольная фраза изменена: этот файл рабочей области теперь открывается только новой; более ранние копии по-прежнему открываются старой.</translation>
    </message>
    <message>
        <source>Workspace: none open</source>
        <translation>Рабочая область: не открыта</translation>
    </message>
    <message>
        <source>No workspace is open. Make one, open one kept elsewhere, or continue without one.</source>
        <translation>Рабочая область не открыта. Создайте новую, откройте хранящуюся в другом месте или продолжайте без неё.</translation>
    </message>
</context>
<context>
    <name>blindspot::SessionBuilderDialog</name>
    <message>
        <source>Build a training session</source>
        <translation>Составить учебное занятие</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 минут</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>e.g. Metro cameras: an introduction</source>
        <translation>например: Камеры в метро — введение</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Language of the scenarios:</source>
        <translation>Язык сценариев:</translation>
    </message>
    <message>
        <source>Scenarios (tick them; drag to change their order):</source>
        <translation>Сценарии (отметьте нужные; перетаскивайте, чтобы изменить порядок):</translation>
    </message>
    <message>
        <source>The session, step by step:</source>
        <translation>Занятие шаг за шагом:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
</context>
<context>
    <name>blindspot::SourcesPanel</name>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Every camera carries the sources that reported it. Counts say how many cameras and survey areas each source reported.</source>
        <translation>У каждой камеры указаны источники, которые о ней сообщили. Числа показывают, о скольких камерах и обследованных районах сообщил каждый источник.</translation>
    </message>
    <message>
        <source>Dataset or source</source>
        <translation>Набор данных или источник</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Survey areas</source>
        <translation>Обследованные районы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Указание авторства</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>%1 (fictional training data)</source>
        <translation>%1 (вымышленные учебные данные)</translation>
    </message>
    <message>
        <source>Publisher not stated</source>
        <translation>Издатель не указан</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>%1 (trusted)</source>
        <translation>%1 (доверенный)</translation>
    </message>
    <message>
        <source>Sources of the map&apos;s data</source>
        <translation>Источники данных карты</translation>
    </message>
</context>
<context>
    <name>blindspot::SpotTheCameraExercise</name>
    <message>
        <source>Mark where the group expects cameras</source>
        <translation>Отметить, где группа ожидает увидеть камеры</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>Стереть отметки</translation>
    </message>
    <message>
        <source>Reveal the cameras</source>
        <translation>Показать камеры</translation>
    </message>
    <message>
        <source>identifies a face up to about %1 away</source>
        <translation>опознаёт лицо на расстоянии примерно до %1</translation>
    </message>
    <message>
        <source>looks %1</source>
        <translation>смотрит на %1</translation>
    </message>
    <message>
        <source>Spot the camera: %1</source>
        <translation>Найди камеру: %1</translation>
    </message>
    <message>
        <source>Ask: where would you expect cameras around this station, at its entrances and inside? Click the map to mark each place the group names. Marks: %1.</source>
        <translation>Спросите: где вокруг этой станции, у её входов и внутри, вы ожидаете увидеть камеры? Нажимайте на карту, чтобы отметить каждое место, которое назовёт группа. Отметок: %1.</translation>
    </message>
    <message>
        <source>Where do you expect cameras at %1?</source>
        <translation>Где на станции %1 вы ожидаете увидеть камеры?</translation>
    </message>
    <message>
        <source>At the entrances, in the hall, at the turnstiles, on the escalator, on the platform, in the street?</source>
        <translation>У входов, в вестибюле, у турникетов, на эскалаторе, на платформе, на улице?</translation>
    </message>
    <message>
        <source>Ask before revealing; mark every place named, even unlikely ones.</source>
        <translation>Спрашивайте до того, как показать камеры; отмечайте каждое названное место, даже маловероятное.</translation>
    </message>
    <message>
        <source>After the reveal, read out what two or three cameras can do: turnstile cameras see faces from close and straight on; ceiling domes see more but from above.</source>
        <translation>После показа зачитайте, что умеют две-три камеры: камеры на турникетах видят лица вблизи и прямо в анфас; купольные камеры на потолке охватывают больше, но смотрят сверху.</translation>
    </message>
    <message>
        <source>The city is fictional: its cameras illustrate typical placements, they are not a map of a real station.</source>
        <translation>Город вымышленный: его камеры показывают типичное расположение, это не карта настоящей станции.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>direction not known (counted as all round)</source>
        <translation>направление неизвестно (считается, что во все стороны)</translation>
    </message>
    <message>
        <source>%1 of the group&apos;s %2 marks were within %3 of one.</source>
        <translation>Отметок группы рядом с камерой (ближе %3): %1 из %2.</translation>
    </message>
    <message>
        <source>%1 with face recognition confirmed.</source>
        <translation>С подтверждённым распознаванием лиц: %1.</translation>
    </message>
    <message>
        <source>%1 of the group&apos;s %2 marks were near one.</source>
        <translation>Отметок группы рядом с камерой: %1 из %2.</translation>
    </message>
    <message>
        <source>Cameras mapped here: %1, with face recognition confirmed: %2.</source>
        <translation>Камер на карте здесь: %1, из них с подтверждённым распознаванием лиц: %2.</translation>
    </message>
    <message>
        <source>Cameras mapped at %2: %1</source>
        <translation>Камер на карте на станции %2: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::StoredMapEdits</name>
    <message>
        <source>Restore map edits?</source>
        <translation>Восстановить изменения карты?</translation>
    </message>
    <message>
        <source>You had map edits that were not saved to a file: restore them?</source>
        <translation>У вас были изменения карты, не сохранённые в файл. Восстановить их?</translation>
    </message>
    <message>
        <source>Restore puts the edited map in place of the one shown now (if a map is open, Edit &gt; Undo takes it back); save it to a file to keep it outside the workspace. Discard deletes the edits from the workspace. Not now keeps them encrypted in the workspace and asks again at the next unlock.</source>
        <translation>«Восстановить» ставит изменённую карту на место показанной сейчас (если карта открыта, «Правка &gt; Отменить» вернёт всё назад); сохраните её в файл, чтобы хранить вне рабочей области. «Удалить» удаляет изменения из рабочей области. «Не сейчас» оставляет их зашифрованными в рабочей области и спросит снова при следующей разблокировке.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>map edits kept in the workspace</source>
        <translation>изменения карты, сохранённые в рабочей области</translation>
    </message>
    <message>
        <source>Map edits not restored</source>
        <translation>Изменения карты не восстановлены</translation>
    </message>
    <message>
        <source>%1. The edits stay in the workspace; nothing was changed.</source>
        <translation>%1. Изменения карты остаются в рабочей области; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Restore map edits</source>
        <translation>восстановление изменений карты</translation>
    </message>
    <message>
        <source>The edited map is not valid. The edits stay in the workspace; nothing was changed.</source>
        <translation>Изменённая карта некорректна. Изменения карты остаются в рабочей области; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Map edits restored, but they could not be removed from the workspace: %1</source>
        <translation>Изменения карты восстановлены, но удалить их из рабочей области не удалось: %1</translation>
    </message>
    <message>
        <source>Map edits restored. They are not saved to a file yet: use File &gt; Save to keep them outside the workspace.</source>
        <translation>Изменения карты восстановлены. В файл они ещё не сохранены: чтобы хранить их вне рабочей области, выберите «Файл &gt; Сохранить».</translation>
    </message>
    <message>
        <source>Map edits not discarded</source>
        <translation>Изменения карты не удалены</translation>
    </message>
    <message>
        <source>The stored map edits were deleted from the workspace.</source>
        <translation>Сохранённые изменения карты удалены из рабочей области.</translation>
    </message>
</context>
<context>
    <name>blindspot::SurveyAreaDialog</name>
    <message>
        <source>New survey area</source>
        <translation>Новый обследованный район</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Surveyed on:</source>
        <translation>&amp;Дата обследования:</translation>
    </message>
    <message>
        <source>Cameras &amp;found:</source>
        <translation>&amp;Найдено камер:</translation>
    </message>
    <message>
        <source>What share of the cameras in this area you believe you found. Outside surveyed areas, and for the share not found, Blindspot estimates unmapped cameras.</source>
        <translation>Какую долю камер в этом районе, по вашему мнению, вы нашли. За пределами обследованных районов и для ненайденной доли Blindspot оценивает камеры, не нанесённые на карту.</translation>
    </message>
</context>
<context>
    <name>blindspot::SynthesisPage</name>
    <message>
        <source>Print the worksheet (PDF)...</source>
        <translation>Распечатать рабочий лист (PDF)...</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>What have we learnt so far?</source>
        <translation>Что мы уже узнали?</translation>
    </message>
    <message>
        <source>One thing you noticed today.</source>
        <translation>Одна вещь, которую вы сегодня заметили.</translation>
    </message>
    <message>
        <source>One question that is still open.</source>
        <translation>Один вопрос, который пока остаётся открытым.</translation>
    </message>
    <message>
        <source>A number you would now say differently, with its reference class.</source>
        <translation>Число, которое вы теперь назвали бы иначе, — вместе с тем, к чему оно относится.</translation>
    </message>
    <message>
        <source>Back in %1 min.</source>
        <translation>Продолжим через %1 мин.</translation>
    </message>
</context>
<context>
    <name>blindspot::TeamExercise</name>
    <message>
        <source>Kind of camera to place:</source>
        <translation>Какую камеру поставить:</translation>
    </message>
    <message>
        <source>Place cameras on the map</source>
        <translation>Поставить камеры на карту</translation>
    </message>
    <message>
        <source>Remove the last camera</source>
        <translation>Убрать последнюю камеру</translation>
    </message>
    <message>
        <source>Declare an alert day</source>
        <translation>Объявить день усиленного контроля</translation>
    </message>
    <message>
        <source>Show the route team&apos;s route (facilitator only)</source>
        <translation>Показать маршрут команды маршрута (только для ведущего)</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Маршрут %1</translation>
    </message>
    <message>
        <source>The route team&apos;s route, before the system moved</source>
        <translation>Маршрут команды маршрута до хода системы</translation>
    </message>
    <message>
        <source>The same route with the system&apos;s cameras and day</source>
        <translation>Тот же маршрут с камерами и днём, выбранными системой</translation>
    </message>
    <message>
        <source>The least exposed route now</source>
        <translation>Маршрут с наименьшим риском теперь</translation>
    </message>
    <message>
        <source>The system declared an alert day.</source>
        <translation>Система объявила день усиленного контроля.</translation>
    </message>
    <message>
        <source>Knowing the system, the least exposed route would be identified in about %1 of 10 trips and take %2.</source>
        <translation>Если знать, что сделала система, маршрут с наименьшим риском даёт опознание примерно в %1 из 10 поездок и занимает %2.</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для этого блока не выбран сценарий.</translation>
    </message>
    <message>
        <source>Team exercise, step 1: the route team plans</source>
        <translation>Командное упражнение, шаг 1: команда маршрута планирует</translation>
    </message>
    <message>
        <source>Trip: %1. The route team picks one of these routes (click a card) without knowing what the system team will do.</source>
        <translation>Поездка: %1. Команда маршрута выбирает один из этих маршрутов (нажмите на карточку), не зная, что сделает команда системы.</translation>
    </message>
    <message>
        <source>The system team&apos;s turn</source>
        <translation>Ход команды системы</translation>
    </message>
    <message>
        <source>Team exercise, step 2: the system team places its cameras</source>
        <translation>Командное упражнение, шаг 2: команда системы ставит камеры</translation>
    </message>
    <message>
        <source>Place up to %1 face-recognition cameras where you expect the route team to pass, and decide whether to declare an alert day. Placed: %2.</source>
        <translation>Поставьте до %1 камер с распознаванием лиц там, где, по-вашему, пройдёт команда маршрута, и решите, объявлять ли день усиленного контроля. Поставлено: %2.</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>С%1</translation>
    </message>
    <message>
        <source>Score both teams</source>
        <translation>Подвести итоги обеих команд</translation>
    </message>
    <message>
        <source>Team exercise, step 3: what each team&apos;s choices changed</source>
        <translation>Командное упражнение, шаг 3: что изменили решения каждой команды</translation>
    </message>
    <message>
        <source>Numbers from the exposure model for someone the system is looking for. Nobody wins: look at what each move changed, and what it cost.</source>
        <translation>Числа из модели риска опознания для человека, которого ищет система. Здесь никто не выигрывает: посмотрите, что изменил каждый ход и чего он стоил.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Route team: which way?</source>
        <translation>Команда маршрута: каким путём?</translation>
    </message>
    <message>
        <source>System team: where do you watch?</source>
        <translation>Команда системы: где вы следите?</translation>
    </message>
    <message>
        <source>Alert day declared.</source>
        <translation>Объявлен день усиленного контроля.</translation>
    </message>
    <message>
        <source>What each team&apos;s choices changed</source>
        <translation>Что изменили решения каждой команды</translation>
    </message>
    <message>
        <source>Keep the route team&apos;s choice hidden from the system team until the scores.</source>
        <translation>Не показывайте выбор команды маршрута команде системы до подведения итогов.</translation>
    </message>
    <message>
        <source>Ask the system team why they placed cameras where they did: they usually pick entrances and crossings, as real systems do.</source>
        <translation>Спросите команду системы, почему они поставили камеры именно там: обычно выбирают входы и переходы — как и настоящие системы.</translation>
    </message>
    <message>
        <source>There is no winner. Ask the route team what they would change knowing the system, and what it would cost them.</source>
        <translation>Победителя нет. Спросите команду маршрута, что бы они изменили, зная, как действует система, и чего бы им это стоило.</translation>
    </message>
    <message>
        <source>Cameras the system team placed: %1; of them, cameras that saw the route: %2. The route team&apos;s route: identified in about %3 of 10 trips before, about %4 of 10 after.</source>
        <translation>Команда системы поставила камер: %1; из них маршрут увидели: %2. Маршрут команды маршрута: до этого опознание примерно в %3 из 10 поездок, после — примерно в %4 из 10.</translation>
    </message>
    <message>
        <source>Cameras placed: %1 of %2.%3</source>
        <translation>Поставлено камер: %1 из %2.%3</translation>
    </message>
</context>
<context>
    <name>blindspot::TrainingMenu</name>
    <message>
        <source>Open a session plan</source>
        <translation>Открыть план занятия</translation>
    </message>
    <message>
        <source>Session plans (*.json)</source>
        <translation>Планы занятий (*.json)</translation>
    </message>
    <message>
        <source>Check a scenario file</source>
        <translation>Проверить файл сценария</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Сценарии (*.json)</translation>
    </message>
    <message>
        <source>The scenario is valid and was added to training mode.</source>
        <translation>Сценарий корректен и добавлен в режим обучения.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>Open training mode</source>
        <translation>Открыть режим обучения</translation>
    </message>
    <message>
        <source>Build a session...</source>
        <translation>Составить занятие...</translation>
    </message>
    <message>
        <source>Open a session plan...</source>
        <translation>Открыть план занятия...</translation>
    </message>
    <message>
        <source>Check a scenario file...</source>
        <translation>Проверить файл сценария...</translation>
    </message>
</context>
<context>
    <name>blindspot::TrainingWindow</name>
    <message>
        <source>Blindspot - training mode</source>
        <translation>Blindspot - режим обучения</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous step or block (Page Up)</source>
        <translation>Предыдущий этап или блок (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next step or block (Page Down)</source>
        <translation>Следующий этап или блок (Page Down)</translation>
    </message>
    <message>
        <source>Start/pause timer</source>
        <translation>Запустить/приостановить таймер</translation>
    </message>
    <message>
        <source>Reset the block&apos;s timer</source>
        <translation>Сбросить таймер блока</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <source>Show the slides on a second screen or projector (F5)</source>
        <translation>Показывать слайды на втором экране или проекторе (F5)</translation>
    </message>
    <message>
        <source>Build a session...</source>
        <translation>Составить занятие...</translation>
    </message>
    <message>
        <source>Open plan...</source>
        <translation>Открыть план...</translation>
    </message>
    <message>
        <source>Save plan...</source>
        <translation>Сохранить план...</translation>
    </message>
    <message>
        <source>Add a scenario file...</source>
        <translation>Добавить файл сценария...</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Раздаточные материалы</translation>
    </message>
    <message>
        <source>Route card (PDF)...</source>
        <translation>Карточка маршрута (PDF)...</translation>
    </message>
    <message>
        <source>Evidence table of countermeasures (PDF)...</source>
        <translation>Таблица мер защиты и доказательств (PDF)...</translation>
    </message>
    <message>
        <source>My plan worksheet (PDF)...</source>
        <translation>Рабочий лист «Мой план» (PDF)...</translation>
    </message>
    <message>
        <source>Where to get legal help (PDF)...</source>
        <translation>Где получить юридическую помощь (PDF)...</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Старт / пауза</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Your own notes for this block (saved with the plan)</source>
        <translation>Ваши заметки к этому блоку (сохраняются вместе с планом)</translation>
    </message>
    <message>
        <source>Language of the scenarios, statements and handouts</source>
        <translation>Язык сценариев, утверждений и раздаточных материалов</translation>
    </message>
    <message>
        <source>%1: the plan uses scenario &quot;%2&quot;, which is not loaded. Add its file first.</source>
        <translation>%1: в плане используется сценарий «%2», который не загружен. Сначала добавьте его файл.</translation>
    </message>
    <message>
        <source>No session plan: build one to start.</source>
        <translation>Плана занятия нет: чтобы начать, составьте его.</translation>
    </message>
    <message>
        <source>Session: %1 of %2 min%3</source>
        <translation>Занятие: %1 из %2 мин%3</translation>
    </message>
    <message>
        <source> (timer paused)</source>
        <translation> (таймер на паузе)</translation>
    </message>
    <message>
        <source>Open a session plan</source>
        <translation>Открыть план занятия</translation>
    </message>
    <message>
        <source>Session plans (*.json)</source>
        <translation>Планы занятий (*.json)</translation>
    </message>
    <message>
        <source>Save the session plan</source>
        <translation>Сохранить план занятия</translation>
    </message>
    <message>
        <source>Add a scenario file</source>
        <translation>Добавить файл сценария</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Сценарии (*.json)</translation>
    </message>
    <message>
        <source>Scenario added: use &quot;Build a session&quot; to include it.</source>
        <translation>Сценарий добавлен: чтобы включить его в занятие, выберите «Составить занятие».</translation>
    </message>
    <message>
        <source>Choose a block with a scenario to print its route card.</source>
        <translation>Выберите блок со сценарием, чтобы распечатать его карточку маршрута.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Сохранить раздаточный материал</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout written.</source>
        <translation>Раздаточный материал записан.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>block %1 of %2, %3 min</source>
        <translation>блок %1 из %2, %3 мин</translation>
    </message>
    <message>
        <source>Training mode uses %1: its stations, cameras and numbers are made up for practice.</source>
        <translation>В режиме обучения используется %1: все станции, камеры и числа там придуманы для тренировки.</translation>
    </message>
</context>
<context>
    <name>blindspot::TrustKeyDialog</name>
    <message>
        <source>Trust this key?</source>
        <translation>Доверять этому ключу?</translation>
    </message>
    <message>
        <source>Before you trust this key, compare its fingerprint with the signer: in person, or over a channel you already trust. Trust it only if every group of four matches. Anyone who gets you to trust their key can send you maps that look trustworthy.</source>
        <translation>Прежде чем доверять этому ключу, сверьте его отпечаток с подписантом: лично или через канал, которому вы уже доверяете. Доверяйте ему, только если совпадает каждая группа из четырёх символов. Любой, кто убедит вас доверять его ключу, сможет присылать вам карты, которые будут выглядеть надёжными.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Идентификатор ключа: %1</translation>
    </message>
    <message>
        <source>for example: Moscow mappers collective</source>
        <translation>например: Московский коллектив картографов</translation>
    </message>
    <message>
        <source>&amp;Signer&apos;s name:</source>
        <translation>&amp;Имя подписанта:</translation>
    </message>
    <message>
        <source>The fingerprint matches: &amp;trust this key</source>
        <translation>Отпечаток совпадает: &amp;доверять этому ключу</translation>
    </message>
</context>
<context>
    <name>blindspot::TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <source>Map packs signed with one of these keys are treated as coming from the signer named here. Remove a key you no longer trust; add one only after comparing its fingerprint with the signer.</source>
        <translation>Пакеты данных, подписанные одним из этих ключей, считаются полученными от указанного здесь подписанта. Уберите ключ, которому больше не доверяете; добавляйте ключ, только сверив его отпечаток с подписантом.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>&amp;Add from a key file…</source>
        <translation>&amp;Добавить из файла ключа…</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file (.pub); you compare its fingerprint before it is trusted</source>
        <translation>Выбрать файл открытого ключа подписанта (.pub); прежде чем ключ станет доверенным, вы сверите его отпечаток</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Убрать…</translation>
    </message>
    <message>
        <source>Stop trusting the selected key (you are asked first)</source>
        <translation>Больше не доверять выбранному ключу (сначала вас спросят)</translation>
    </message>
    <message>
        <source>These keys are kept in your encrypted workspace.</source>
        <translation>Эти ключи хранятся в вашей зашифрованной рабочей области.</translation>
    </message>
    <message>
        <source>No trusted keys yet.</source>
        <translation>Доверенных ключей пока нет.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>Открытый ключ подписанта</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Открытые ключи minisign (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Ключ не добавлен в доверенные</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Больше не доверять этому ключу?</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1 (key ID %2)? Map packs it signs will then be shown as signed by an unknown key, until you add it again.</source>
        <translation>Больше не доверять ключу подписанта «%1» (идентификатор ключа %2)? После этого пакеты данных, подписанные этим ключом, будут показаны как подписанные неизвестным ключом, пока вы снова не добавите его.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting it</source>
        <translation>&amp;Больше не доверять</translation>
    </message>
    <message>
        <source>Key not removed</source>
        <translation>Ключ не удалён из доверенных</translation>
    </message>
    <message>
        <source>Without a workspace these keys are kept in memory only, until you lock or close Blindspot.</source>
        <translation>Без рабочей области эти ключи хранятся только в памяти — пока вы не заблокируете или не закроете Blindspot.</translation>
    </message>
</context>
<context>
    <name>blindspot::UnlockScreen</name>
    <message>
        <source>Your Blindspot workspace</source>
        <translation>Ваша рабочая область Blindspot</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Разблокировать рабочую область</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Open a workspace kept somewhere else…</source>
        <translation>Открыть рабочую область из другого места…</translation>
    </message>
    <message>
        <source>Make a new workspace…</source>
        <translation>Создать новую рабочую область…</translation>
    </message>
    <message>
        <source>Make a new workspace</source>
        <translation>Создать новую рабочую область</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember. Nobody, not even the people who make Blindspot, can recover a forgotten one. Do not write it on or near this computer.</source>
        <translation>Выберите парольную фразу, которую сможете запомнить. Забытую фразу никто не сможет восстановить — даже разработчики Blindspot. Не записывайте её ни на этом компьютере, ни рядом с ним.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>&amp;Another place…</source>
        <translation>&amp;Другое место…</translation>
    </message>
    <message>
        <source>Keep the workspace somewhere else, for example on a USB stick you can hide. Blindspot will not remember where.</source>
        <translation>Хранить рабочую область в другом месте, например на USB-флешке, которую можно спрятать. Blindspot не запомнит, где она.</translation>
    </message>
    <message>
        <source>&amp;Make workspace</source>
        <translation>&amp;Создать рабочую область</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>I already have a workspace…</source>
        <translation>У меня уже есть рабочая область…</translation>
    </message>
    <message>
        <source>Continue &amp;without a workspace</source>
        <translation>Продолжить &amp;без рабочей области</translation>
    </message>
    <message>
        <source>Delete the workspace and settings…</source>
        <translation>Удалить рабочую область и настройки…</translation>
    </message>
    <message>
        <source>Where: %1 (not remembered after Blindspot closes).</source>
        <translation>Где: %1 (после закрытия Blindspot это место не запоминается).</translation>
    </message>
    <message>
        <source>A workspace already exists here. Choose another place for the new one, or unlock the existing one.</source>
        <translation>Здесь уже есть рабочая область. Выберите для новой другое место или разблокируйте существующую.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>Blindspot workspaces (*.bsw)</source>
        <translation>Рабочие области Blindspot (*.bsw)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Where to keep the new workspace</source>
        <translation>Где хранить новую рабочую область</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Попробовать снова можно через %1.</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase first.</source>
        <translation>Сначала введите парольную фразу рабочей области.</translation>
    </message>
    <message>
        <source>Checking the passphrase; this takes a second or two…</source>
        <translation>Проверяем парольную фразу; это займёт секунду-другую…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Слишком много неверных попыток подряд.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>Making the workspace; this takes a second or two…</source>
        <translation>Создаём рабочую область; это займёт секунду-другую…</translation>
    </message>
    <message>
        <source>Plans you save, notes, the keys you trust, camera photos and the list of recent files are kept in one workspace file, encrypted with your passphrase. Without the passphrase nobody can read it, and nobody can recover it if the passphrase is forgotten.</source>
        <translation>Сохранённые маршруты, заметки, ключи, которым вы доверяете, фото камер и список недавних файлов хранятся в одном файле рабочей области, зашифрованном вашей парольной фразой. Без парольной фразы его никто не прочитает, и никто не восстановит его, если фраза забыта.</translation>
    </message>
    <message>
        <source>Nothing you do is kept after you close Blindspot: saved plans, trusted keys and photos are forgotten when it closes.</source>
        <translation>После закрытия Blindspot ничего из сделанного не сохранится: сохранённые маршруты, доверенные ключи и фото забываются при закрытии.</translation>
    </message>
    <message>
        <source>Where: Blindspot&apos;s own folder on this computer.</source>
        <translation>Где: в собственной папке Blindspot на этом компьютере.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Парольная фраза слишком короткая: нужно не меньше %1 знаков.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>blindspot::WelcomeDialog</name>
    <message>
        <source>Welcome to Blindspot</source>
        <translation>Добро пожаловать в Blindspot</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Blindspot&lt;/h2&gt;&lt;p&gt;Blindspot is a map of known surveillance and face-recognition cameras in and around metro stations. For a trip you plan, it estimates how likely the cameras along the way are to identify you, and which route, entrance or time exposes you less. Every estimate is a range with its assumptions, never a promise of safety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It works offline.&lt;/b&gt; Blindspot never uses the network, and it does not store your routes, places or searches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The training city is fictional.&lt;/b&gt; Its stations and cameras are invented for practice. Do not plan a real trip on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Real data&lt;/b&gt; comes only from files you choose: an OpenStreetMap extract of your city (File &amp;gt; Import…), or a map pack (.bspack) shared by people you trust (File &amp;gt; Open…). Your own survey can come in as CSV, GeoJSON or KML.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Blindspot&lt;/h2&gt;&lt;p&gt;Blindspot — это карта известных камер видеонаблюдения и распознавания лиц на станциях метро и рядом с ними. Для поездки, которую вы планируете, программа оценивает, насколько вероятно, что камеры по пути вас опознают, и какой маршрут, вход или время снижают этот риск. Каждая оценка — это диапазон с указанием предположений, а не обещание безопасности.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Программа работает офлайн.&lt;/b&gt; Blindspot никогда не использует сеть и не сохраняет ваши маршруты, места и поисковые запросы.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Учебный город вымышленный.&lt;/b&gt; Его станции и камеры придуманы для тренировки. Не планируйте по нему настоящую поездку.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Настоящие данные&lt;/b&gt; попадают в программу только из файлов, которые вы выбираете сами: выгрузка OpenStreetMap для вашего города (Файл &amp;gt; Импорт…) или пакет данных (.bspack) от людей, которым вы доверяете (Файл &amp;gt; Открыть…). Результаты собственного обследования можно загрузить в формате CSV, GeoJSON или KML.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Practise on the &amp;training city</source>
        <translation>Потренироваться на &amp;учебном городе</translation>
    </message>
    <message>
        <source>&amp;Open a map pack…</source>
        <translation>&amp;Открыть пакет данных…</translation>
    </message>
    <message>
        <source>&amp;Import an OpenStreetMap extract or other data…</source>
        <translation>&amp;Импортировать выгрузку OpenStreetMap или другие данные…</translation>
    </message>
    <message>
        <source>How the &amp;estimates work</source>
        <translation>&amp;Как устроены оценки</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>blindspot::WorkspaceSession</name>
    <message>
        <source>its folder %1 cannot be made</source>
        <translation>не удаётся создать его папку %1</translation>
    </message>
</context>
</TS>
